package vn.vbsp.portal.partner.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import vn.vbsp.portal.partner.domain.ContractCommand;
import vn.vbsp.portal.partner.domain.ContractRow;

/** An entrustment contract as typed: number, signed and end dates, tasks entrusted. */
record ContractForm(
        @NotBlank @Size(max = 50) String contractNo,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotBlank @Size(max = 4000) String tasks) {

    static ContractForm empty() {
        return new ContractForm("", null, null, "");
    }

    static ContractForm of(ContractRow contract) {
        return new ContractForm(contract.contractNo(), contract.signedOn(), contract.endsOn(), contract.tasks());
    }

    ContractCommand command() {
        return new ContractCommand(contractNo, signedOn, endsOn, tasks);
    }

    /** The end date comes after the signing date. */
    static final class DatesValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return ContractForm.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            ContractForm form = (ContractForm) target;
            if (form.signedOn() != null && form.endsOn() != null && !form.endsOn().isAfter(form.signedOn())
                    && !errors.hasFieldErrors("endsOn")) {
                errors.rejectValue("endsOn", "partner.error.ends-before-signed");
            }
        }
    }
}

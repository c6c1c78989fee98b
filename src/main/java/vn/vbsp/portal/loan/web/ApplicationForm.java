package vn.vbsp.portal.loan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.shared.Money;

/** Form 01/TD as staff fill it in for a household found by CCCD or name. */
record ApplicationForm(
        @NotNull Long householdId,
        Long groupId,
        @NotNull(message = "{loan.error.programme-required}") Integer programmeId,
        @NotNull(message = "{loan.error.amount-format}") Money amount,
        @NotNull @Positive @Max(600) Integer termMonths,
        @NotNull Integer instalmentMonths,
        @NotBlank(message = "{loan.error.purpose-required}") @Size(max = 500) String purpose,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
        String token) {

    static ApplicationForm start(long householdId, Long groupId, LocalDate today, String token) {
        return new ApplicationForm(householdId, groupId, null, null, null, 12, "", today, token);
    }
}

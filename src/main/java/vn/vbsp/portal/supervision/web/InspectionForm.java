package vn.vbsp.portal.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.supervision.InspectionResult;
import vn.vbsp.portal.supervision.NewInspection;

/** The inspection form: the day, the group, optionally one borrower by CCCD, findings, result and follow-up. */
record InspectionForm(
        @NotNull @PastOrPresent(message = "{supervision.error.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
        @NotNull Long groupId,
        @Pattern(regexp = "^$|^[0-9]{12}$", message = "{supervision.error.cccd}") String borrowerCccd,
        @NotBlank @Size(max = 200) String inspector,
        @NotBlank @Size(max = 4000) String findings,
        @NotNull InspectionResult result,
        @Size(max = 1000) String followUp) {

    static InspectionForm blank(LocalDate today, Long groupId, String inspector) {
        return new InspectionForm(today, groupId, "", inspector, "", InspectionResult.GOOD, "");
    }

    NewInspection command() {
        return new NewInspection(inspectedOn, groupId, borrowerCccd, inspector, findings, result, followUp);
    }
}

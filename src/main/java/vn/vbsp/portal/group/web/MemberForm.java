package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding a household found by the search {@code q} to the group, from a date. */
record MemberForm(
        @NotNull(message = "{group.error.household-required}") Long householdId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
        String q) {
}

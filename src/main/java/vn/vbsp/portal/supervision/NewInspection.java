package vn.vbsp.portal.supervision;

import java.time.LocalDate;

/** What an inspector reports: the day, the group (and optionally one borrower of it, by CCCD), findings and follow-up. */
public record NewInspection(LocalDate inspectedOn, long groupId, String borrowerCccd, String inspector, String findings,
        InspectionResult result, String followUp) {
}

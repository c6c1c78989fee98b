package vn.vbsp.portal.supervision;

import java.time.LocalDate;

/** An inspection as lists show it. */
public record InspectionLine(long id, InspectionLevel level, LocalDate inspectedOn, String associationCode,
        String communeName, Long groupId, String groupCode, String groupName, Long householdId, String headName,
        String inspector, String findings, InspectionResult result, String followUp, String recordedBy) {
}

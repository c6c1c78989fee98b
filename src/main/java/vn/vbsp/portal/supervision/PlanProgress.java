package vn.vbsp.portal.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One inspection plan of a year and what has been done against it: distinct groups and borrowers inspected. */
public record PlanProgress(long planId, int year, InspectionLevel level, Integer associationId, String associationCode,
        String associationName, Long communeId, String communeName, int plannedGroups, int plannedBorrowers,
        int doneGroups, int doneBorrowers) {

    /** Groups inspected as a percentage of the plan, half-up to whole percent; 100 for an empty plan. */
    public int groupsPercent() {
        return percent(doneGroups, plannedGroups);
    }

    public int borrowersPercent() {
        return percent(doneBorrowers, plannedBorrowers);
    }

    private static int percent(int done, int planned) {
        if (planned == 0) {
            return 100;
        }
        return BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(planned), 0, RoundingMode.HALF_UP).intValue();
    }
}

package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The overdue loans on a date (within the filter and, when {@code bucket} is set, that band), oldest first, with the
 * totals per band on that date, at the start of the year and a year before (those ignore {@code bucket}).
 */
public record OverdueReport(LocalDate asOf, AgeingBucket bucket, List<OverdueLine> lines, OverdueSummary summary,
        OverdueSummary yearStart, OverdueSummary yearAgo) {
}

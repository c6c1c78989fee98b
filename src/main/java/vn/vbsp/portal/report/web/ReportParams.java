package vn.vbsp.portal.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.vbsp.portal.report.AgeingBucket;
import vn.vbsp.portal.report.Breakdown;

/** Reads the report URLs' parameters, refusing what does not parse with a {@link BadReportRequest}. */
final class ReportParams {

    /** The earliest and latest dates a report answers for: wide, but not years no ledger can hold. */
    private static final LocalDate EARLIEST = vn.vbsp.portal.shared.DateText.EARLIEST;
    private static final LocalDate LATEST = vn.vbsp.portal.shared.DateText.LATEST;

    private ReportParams() {
    }

    /** {@code yyyy-MM-dd}; missing or blank means {@code today}. */
    static LocalDate asOf(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip()); // CONTRACT: yyyy-MM-dd
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new BadReportRequest("report.error.as-of");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadReportRequest("report.error.as-of");
        }
    }

    static Breakdown by(String value) {
        return Breakdown.fromParameter(value).orElseThrow(() -> new BadReportRequest("report.error.by"));
    }

    /** An ageing band, or null for all; anything else is refused. */
    static AgeingBucket bucket(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return AgeingBucket.fromParameter(value).orElseThrow(() -> new BadReportRequest("report.error.bucket"));
    }

    /** A page number from 1; missing means 1. */
    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 1) {
                throw new BadReportRequest("report.error.page");
            }
            return page;
        } catch (NumberFormatException e) {
            throw new BadReportRequest("report.error.page");
        }
    }

    static boolean descending(String dir) {
        if (dir == null || dir.isBlank() || dir.equalsIgnoreCase("asc")) {
            return false;
        }
        if (dir.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new BadReportRequest("report.error.sort");
    }
}

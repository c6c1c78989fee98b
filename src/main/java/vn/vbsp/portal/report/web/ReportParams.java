package vn.vbsp.portal.report.web;

import java.time.LocalDate;
import vn.vbsp.portal.report.AgeingBucket;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.shared.DateText;

/** Reads the report URLs' parameters, refusing what does not parse with a {@link BadReportRequest}. */
final class ReportParams {

    private ReportParams() {
    }

    /** {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; missing or blank means {@code today}. */
    static LocalDate asOf(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return DateText.read(value); // CONTRACT: yyyy-MM-dd in URLs; dd/MM/yyyy as typed in the filter
        } catch (IllegalArgumentException e) {
            throw new BadReportRequest("report.error.as-of");
        }
    }

    /**
     * A file's date (CSV, XLSX), {@code yyyy-MM-dd} only: programs and the pages' own links call them, no one types
     * them (the CONTRACT writes yyyy-MM-dd); missing means today.
     */
    static LocalDate isoAsOf(String value, LocalDate today) {
        if (value != null && !value.isBlank() && !value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadReportRequest("report.error.as-of-iso");
        }
        return asOf(value, today);
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

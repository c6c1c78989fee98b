package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A portfolio report for a date beside the same report at the start of the year (the end of the year before) and
 * on the same date a year before. A key absent on an earlier date has no row there ({@code null}).
 */
public final class PortfolioComparison {

    private final PortfolioReport current;
    private final PortfolioReport yearStart;
    private final PortfolioReport yearAgo;
    private final Map<String, PortfolioRow> yearStartRows;
    private final Map<String, PortfolioRow> yearAgoRows;

    public PortfolioComparison(PortfolioReport current, PortfolioReport yearStart, PortfolioReport yearAgo) {
        this.current = current;
        this.yearStart = yearStart;
        this.yearAgo = yearAgo;
        this.yearStartRows = index(yearStart);
        this.yearAgoRows = index(yearAgo);
    }

    /** The end of the year before {@code asOf}: the figures the year started from. */
    public static LocalDate yearStartFor(LocalDate asOf) {
        return asOf.withDayOfYear(1).minusDays(1);
    }

    public LocalDate yearStartDate() {
        return yearStart.asOf();
    }

    public LocalDate yearAgoDate() {
        return yearAgo.asOf();
    }

    public PortfolioReport current() {
        return current;
    }

    public PortfolioReport yearStart() {
        return yearStart;
    }

    public PortfolioReport yearAgo() {
        return yearAgo;
    }

    /** The row of {@code code} ({@code TOTAL} for the total) at the start of the year, or null. */
    public PortfolioRow yearStartOf(String code) {
        return yearStartRows.get(code);
    }

    /** The row of {@code code} ({@code TOTAL} for the total) a year before, or null. */
    public PortfolioRow yearAgoOf(String code) {
        return yearAgoRows.get(code);
    }

    private static Map<String, PortfolioRow> index(PortfolioReport report) {
        Map<String, PortfolioRow> rows = new HashMap<>();
        report.rows().forEach(r -> rows.put(r.code(), r));
        rows.put("TOTAL", report.total());
        return rows;
    }
}

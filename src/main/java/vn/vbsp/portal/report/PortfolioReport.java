package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.List;

/** A portfolio report for a date: one row per key with loans outstanding, and the total of exactly those rows. */
public record PortfolioReport(LocalDate asOf, Breakdown by, List<PortfolioRow> rows, PortfolioRow total) {
}

package vn.vbsp.portal.report.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import vn.vbsp.portal.report.PortfolioComparison;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.shared.VietnameseText;

/** The columns the portfolio page sorts by, as its {@code sort} parameter names them. */
enum PortfolioSort {
    CODE, NAME, HOUSEHOLDS, LOANS, OUTSTANDING, OVERDUE, FROZEN, RATIO, YEAR_START, YEAR_AGO;

    static PortfolioSort fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return CODE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadReportRequest("report.error.sort");
        }
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The report's rows in this order; the growth columns sort by the change in outstanding. */
    List<PortfolioRow> sort(PortfolioComparison report, boolean descending) {
        Comparator<PortfolioRow> order = switch (this) {
            case CODE -> Comparator.comparing(PortfolioRow::code);
            case NAME -> {
                Collator collator = VietnameseText.collator();
                yield Comparator.comparing(PortfolioRow::name, collator);
            }
            case HOUSEHOLDS -> Comparator.comparingLong(PortfolioRow::households);
            case LOANS -> Comparator.comparingLong(PortfolioRow::loans);
            case OUTSTANDING -> Comparator.comparingLong(PortfolioRow::outstanding);
            case OVERDUE -> Comparator.comparingLong(PortfolioRow::overdue);
            case FROZEN -> Comparator.comparingLong(PortfolioRow::frozen);
            case RATIO -> Comparator.comparing(PortfolioRow::overdueRatio);
            case YEAR_START -> Comparator.comparingLong(growth(report::yearStartOf));
            case YEAR_AGO -> Comparator.comparingLong(growth(report::yearAgoOf));
        };
        if (descending) {
            order = order.reversed();
        }
        return report.current().rows().stream().sorted(order.thenComparing(PortfolioRow::code)).toList();
    }

    private static ToLongFunction<PortfolioRow> growth(java.util.function.Function<String, PortfolioRow> earlier) {
        return row -> {
            PortfolioRow then = earlier.apply(row.code());
            return row.outstanding() - (then == null ? 0 : then.outstanding());
        };
    }
}

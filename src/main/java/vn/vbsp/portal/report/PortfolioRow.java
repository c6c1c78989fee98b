package vn.vbsp.portal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One line of a portfolio report: a key (an organisation, a commune, ...) and its figures on a date, in đồng. */
public record PortfolioRow(String code, String name, long households, long loans, long outstanding, long overdue, long frozen) {

    /** Overdue ÷ outstanding × 100, rounded half-up to two decimals; zero for an empty book. */
    public BigDecimal overdueRatio() {
        if (outstanding == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(overdue).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(outstanding), 2, RoundingMode.HALF_UP);
    }

    public long inTerm() {
        return outstanding - overdue - frozen;
    }
}

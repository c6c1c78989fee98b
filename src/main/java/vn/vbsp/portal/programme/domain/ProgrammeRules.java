package vn.vbsp.portal.programme.domain;

import java.math.BigDecimal;

/** The limits the database also enforces (V006), checked before saving so that a mistake gets a message, not a 500. */
public final class ProgrammeRules {

    public static final int MAX_TERM_MONTHS = 1200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal OVERDUE_LIMIT = BigDecimal.valueOf(10_000);

    private ProgrammeRules() {
    }

    /** An annual rate in percent: at least 0, below 100, at most 4 decimals ({@code numeric(7,4)}). */
    public static boolean isValidRate(BigDecimal rate) {
        return rate != null && rate.signum() >= 0 && rate.compareTo(HUNDRED) < 0 && decimals(rate) <= 4;
    }

    /** Overdue interest as a percentage of the normal rate: from 100 up to 9999.99, at most 2 decimals. */
    public static boolean isValidOverdueRatePct(BigDecimal pct) {
        return pct != null && pct.compareTo(HUNDRED) >= 0 && pct.compareTo(OVERDUE_LIMIT) < 0 && decimals(pct) <= 2;
    }

    public static boolean isValidTerm(Integer months) {
        return months == null || (months > 0 && months <= MAX_TERM_MONTHS);
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}

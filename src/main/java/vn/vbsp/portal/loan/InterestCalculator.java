package vn.vbsp.portal.loan;

import vn.vbsp.portal.shared.RateTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.vbsp.portal.shared.Money;

/**
 * Simple interest on the principal outstanding, counted on actual days the way the bank does:
 * one day's interest is {@code balance × annual rate % / 100 / 360} (a month's rate is the annual rate / 12
 * for 30 days). Overdue principal bears the overdue rate, {@code overdue_rate_pct} % of the normal rate
 * (130 % for most programmes).
 *
 * <p>A period runs from {@code from} inclusive to {@code to} exclusive: the day of disbursement or of the
 * previous due date bears interest, the due date itself belongs to the next period, and a balance changed on
 * a day bears interest from that day on. When the rate changes inside a period the period is split at the
 * change. The exact amounts of all pieces are added up and the period's sum is rounded once, half up, to
 * whole đồng.
 */
public final class InterestCalculator {

    public static final BigDecimal DEFAULT_OVERDUE_RATE_PCT = BigDecimal.valueOf(130);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    // balance × rate % × days × (share of the normal rate in %) / (100 × 360 × 100)
    private static final BigDecimal DIVISOR = BigDecimal.valueOf(100L * 360 * 100);

    private InterestCalculator() {
    }

    /** Interest at the normal rate on a balance held over [{@code from}, {@code to}), rounded half up. */
    public static Money interest(Money balance, LocalDate from, LocalDate to, RateTable rates) {
        return accrual(rates, DEFAULT_OVERDUE_RATE_PCT).add(balance, Money.ZERO, from, to).total();
    }

    /** Interest at the overdue rate on overdue principal held over [{@code from}, {@code to}), rounded half up. */
    public static Money overdueInterest(Money overdue, LocalDate from, LocalDate to, RateTable rates,
            BigDecimal overdueRatePct) {
        return accrual(rates, overdueRatePct).add(Money.ZERO, overdue, from, to).total();
    }

    /** A period's interest built up piece by piece while balances change, rounded once at the end. */
    public static Accrual accrual(RateTable rates, BigDecimal overdueRatePct) {
        return new Accrual(rates, overdueRatePct);
    }

    /** Adds up the exact interest of the pieces of one period; {@link #total()} rounds the sum once. */
    public static final class Accrual {

        private final RateTable rates;
        private final BigDecimal overdueRatePct;
        private BigDecimal numerator = BigDecimal.ZERO;

        private Accrual(RateTable rates, BigDecimal overdueRatePct) {
            this.rates = Objects.requireNonNull(rates, "rates");
            this.overdueRatePct = Objects.requireNonNull(overdueRatePct, "overdueRatePct");
            if (overdueRatePct.signum() < 0) {
                throw new IllegalArgumentException("overdueRatePct must not be negative: " + overdueRatePct);
            }
        }

        /**
         * Adds the interest on {@code inTerm} principal at the normal rate and on {@code overdue} principal at
         * the overdue rate, both held from {@code from} inclusive to {@code to} exclusive.
         */
        public Accrual add(Money inTerm, Money overdue, LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
            }
            if (inTerm.isNegative() || overdue.isNegative()) {
                throw new IllegalArgumentException("balances must not be negative: " + inTerm + ", " + overdue);
            }
            if (inTerm.isZero() && overdue.isZero()) {
                return this;
            }
            // a balance weighted by the share of the normal rate it bears, in percent
            BigDecimal weighted = inTerm.toBigDecimal().multiply(HUNDRED)
                    .add(overdue.toBigDecimal().multiply(overdueRatePct));
            LocalDate day = from;
            while (day.isBefore(to)) {
                LocalDate change = rates.nextChangeAfter(day);
                LocalDate end = change == null || change.isAfter(to) ? to : change;
                long days = ChronoUnit.DAYS.between(day, end);
                numerator = numerator.add(weighted.multiply(rates.rateOn(day)).multiply(BigDecimal.valueOf(days)));
                day = end;
            }
            return this;
        }

        /** The exact interest so far, unrounded (to 10 decimals, enough to show). */
        public BigDecimal exact() {
            return numerator.divide(DIVISOR, 10, RoundingMode.HALF_UP);
        }

        /** The interest so far rounded once, half up, to whole đồng. */
        public Money total() {
            return Money.of(numerator.divide(DIVISOR, 0, RoundingMode.HALF_UP).longValueExact());
        }
    }
}

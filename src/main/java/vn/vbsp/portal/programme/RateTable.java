package vn.vbsp.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rate a programme has had or will have, oldest first: a period runs from its {@code effectiveFrom} until the
 * next one's. {@link #periods()} is what an interest calculation takes to apply the right rate to each day.
 */
public record RateTable(String programmeCode, List<RatePeriod> periods) {

    public RateTable {
        periods = periods.stream().sorted(Comparator.comparing(RatePeriod::effectiveFrom)).toList();
    }

    /** The rate in force on {@code date}, empty before the first period. */
    public Optional<BigDecimal> find(LocalDate date) {
        BigDecimal rate = null;
        for (RatePeriod period : periods) {
            if (period.effectiveFrom().isAfter(date)) {
                break;
            }
            rate = period.annualRate();
        }
        return Optional.ofNullable(rate);
    }

    /** The rate in force on {@code date}; a date before the first period is a caller's error. */
    public BigDecimal rateOn(LocalDate date) {
        return find(date).orElseThrow(() -> new IllegalStateException(
                "Programme " + programmeCode + " has no rate in force on " + date));
    }
}

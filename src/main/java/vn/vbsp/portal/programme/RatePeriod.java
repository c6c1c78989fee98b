package vn.vbsp.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A programme's annual rate in percent (e.g. {@code 6.6000}), in force from a date until the next period starts. */
public record RatePeriod(LocalDate effectiveFrom, BigDecimal annualRate) {

    public RatePeriod {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(annualRate, "annualRate");
    }
}

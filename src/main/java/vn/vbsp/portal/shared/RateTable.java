package vn.vbsp.portal.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual interest rates of a programme, each in force from its date until the next one: what the catalogue
 * keeps and what interest calculations take to apply the right rate to each day.
 */
public final class RateTable {

    /** A rate in percent per year (e.g. 6.6) in force from {@code effectiveFrom} on. */
    public record Rate(LocalDate effectiveFrom, BigDecimal annualRate) {
        public Rate {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(annualRate, "annualRate");
            if (annualRate.signum() < 0) {
                throw new IllegalArgumentException("annualRate must not be negative: " + annualRate);
            }
        }
    }

    private final List<Rate> rates;

    private RateTable(List<Rate> rates) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a rate table needs at least one rate");
        }
        List<Rate> sorted = rates.stream().sorted(Comparator.comparing(Rate::effectiveFrom)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two rates from " + sorted.get(i).effectiveFrom());
            }
        }
        this.rates = sorted;
    }

    public static RateTable of(List<Rate> rates) {
        return new RateTable(List.copyOf(rates));
    }

    public static RateTable of(Rate... rates) {
        return new RateTable(List.of(rates));
    }

    /** One rate in force since always; handy for tests and simple programmes. */
    public static RateTable flat(BigDecimal annualRate) {
        return of(new Rate(LocalDate.MIN, annualRate));
    }

    /** The annual rate in force on {@code day}, empty before the first rate. */
    public Optional<BigDecimal> find(LocalDate day) {
        Rate found = null;
        for (Rate rate : rates) {
            if (rate.effectiveFrom().isAfter(day)) {
                break;
            }
            found = rate;
        }
        return Optional.ofNullable(found).map(Rate::annualRate);
    }

    /** The annual rate in force on {@code day}; a day before the first rate is the caller's error. */
    public BigDecimal rateOn(LocalDate day) {
        return find(day).orElseThrow(() -> new IllegalArgumentException("no rate in force on " + day));
    }

    /** The first day after {@code day} on which another rate takes effect, or null if none does. */
    public LocalDate nextChangeAfter(LocalDate day) {
        for (Rate rate : rates) {
            if (rate.effectiveFrom().isAfter(day)) {
                return rate.effectiveFrom();
            }
        }
        return null;
    }

    public List<Rate> rates() {
        return rates;
    }
}

package vn.vbsp.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Vietnamese đồng. The đồng has no minor unit, so an amount is a whole number;
 * every operation that could produce a fraction names its rounding.
 */
public record Money(long dong) implements Comparable<Money>, java.io.Serializable {

    public static final Money ZERO = new Money(0);

    public static Money of(long dong) {
        return dong == 0 ? ZERO : new Money(dong);
    }

    /** Rounds a fractional amount to whole đồng with the given rule. */
    public static Money of(BigDecimal amount, RoundingMode rounding) {
        return of(amount.setScale(0, rounding).longValueExact());
    }

    public Money plus(Money other) {
        return of(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return of(Math.subtractExact(dong, other.dong));
    }

    public Money negate() {
        return of(Math.negateExact(dong));
    }

    public Money times(long factor) {
        return of(Math.multiplyExact(dong, factor));
    }

    /** Splits into {@code parts} amounts that differ by at most one đồng and add up exactly to this one. */
    public Money[] split(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive: " + parts);
        }
        Money[] result = new Money[parts];
        long base = Math.floorDiv(dong, parts);
        long remainder = dong - base * parts;
        for (int i = 0; i < parts; i++) {
            result[i] = of(base + (i < remainder ? 1 : 0));
        }
        return result;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return dong == 0;
    }

    public boolean isPositive() {
        return dong > 0;
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(dong);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return dong + " VND";
    }
}

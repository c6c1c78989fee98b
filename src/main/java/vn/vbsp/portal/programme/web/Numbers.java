package vn.vbsp.portal.programme.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type that are not money: a rate with a decimal comma or point ({@code 6,6} or
 * {@code 6.6}) and a whole number of months. Amounts of đồng are read by {@code shared.MoneyText} alone.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+([.,][0-9]+)?");

    private Numbers() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static Optional<BigDecimal> decimal(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String plain = text.replaceAll("[\\s\\u00a0]", "");
        if (!DECIMAL.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.replace(',', '.')));
    }

    static Optional<Integer> whole(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String plain = text.strip();
        return plain.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(plain)) : Optional.empty();
    }

    /** A decimal as the form shows it again: no needless zeros, a decimal comma ({@code 130}, {@code 6,6}). */
    static String show(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

package vn.vbsp.portal.programme.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the numbers people type: a decimal comma or point ({@code 6,6} or {@code 6.6}), and amounts of đồng with
 * dots or spaces between thousands and maybe the currency sign ({@code 100.000.000 ₫}).
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+([.,][0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");

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

    static Optional<Long> dong(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String digits = text.replaceAll("(?i)vnđ|vnd|₫|đ|[.\\s\\u00a0]", "");
        return WHOLE.matcher(digits).matches() ? Optional.of(Long.parseLong(digits)) : Optional.empty();
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

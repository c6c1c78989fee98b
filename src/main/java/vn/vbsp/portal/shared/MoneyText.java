package vn.vbsp.portal.shared;

import java.util.regex.Pattern;

/**
 * The one way an amount of đồng typed by a person or read from a file is understood. Accepted: {@code 1250000},
 * {@code 1.250.000}, {@code 1 250 000}, with or without {@code ₫}, {@code đ} or {@code VND} after it. Refused, never
 * reinterpreted: a decimal part ({@code 1,5}, {@code 1.5}), a sign ({@code -5}, {@code +5}), commas, letters, and
 * groups of other than three digits. The đồng has no minor unit, so there is nothing to round.
 */
public final class MoneyText {

    /** Why a text is not an amount; each has a message key {@code shared.money.<name>} in both languages. */
    public enum Problem {
        NOT_A_NUMBER, DECIMAL, SIGN, TOO_LARGE;

        public String messageKey() {
            return "shared.money." + name().toLowerCase().replace('_', '-');
        }
    }

    /** A text that is not a whole number of đồng. */
    public static final class Unreadable extends IllegalArgumentException {

        private final Problem problem;
        private final String text;

        Unreadable(Problem problem, String text) {
            super(problem + ": " + text);
            this.problem = problem;
            this.text = text;
        }

        public Problem problem() {
            return problem;
        }

        public String text() {
            return text;
        }

        public String messageKey() {
            return problem.messageKey();
        }
    }

    private static final int MAX_DIGITS = 15;
    private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(₫|đ|vnđ|vnd|đồng)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2007]+");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+");
    private static final Pattern DOTTED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern SPACED = Pattern.compile("[0-9]{1,3}( [0-9]{3})+");
    /** A comma anywhere among digits, or a point before one or two final digits, is a decimal part. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9 .]*[0-9],[0-9 .,]*|[0-9 .]*[0-9]\\.[0-9]{1,2}");

    private MoneyText() {
    }

    /** True when there is nothing to read: null, empty or only spaces. */
    public static boolean isBlank(String text) {
        return text == null || SPACES.matcher(text).replaceAll("").isEmpty();
    }

    /**
     * The amount the text says, or an {@link Unreadable} naming what is wrong. A blank text is not an amount: ask
     * {@link #isBlank} first where an empty field means "nothing".
     */
    public static Money parse(String text) {
        if (isBlank(text)) {
            throw new Unreadable(Problem.NOT_A_NUMBER, text == null ? "" : text);
        }
        String plain = SPACES.matcher(text.strip()).replaceAll(" ");
        plain = CURRENCY.matcher(plain).replaceFirst("").strip();
        if (plain.startsWith("-") || plain.startsWith("+") || plain.startsWith("−")) {
            throw new Unreadable(Problem.SIGN, text);
        }
        String digits;
        if (PLAIN.matcher(plain).matches()) {
            digits = plain;
        } else if (DOTTED.matcher(plain).matches() || SPACED.matcher(plain).matches()) {
            digits = plain.replace(".", "").replace(" ", "");
        } else if (DECIMAL.matcher(plain).matches()) {
            throw new Unreadable(Problem.DECIMAL, text);
        } else {
            throw new Unreadable(Problem.NOT_A_NUMBER, text);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > MAX_DIGITS) {
            throw new Unreadable(Problem.TOO_LARGE, text);
        }
        return Money.of(Long.parseLong(significant));
    }

    /** As a form shows an amount again for editing: {@code 1.250.000}, no currency sign. */
    public static String print(Money amount) {
        if (amount == null) {
            return "";
        }
        String digits = Long.toString(Math.abs(amount.dong()));
        StringBuilder out = new StringBuilder(amount.isNegative() ? "-" : "");
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}

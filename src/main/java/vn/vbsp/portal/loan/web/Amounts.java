package vn.vbsp.portal.loan.web;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.vbsp.portal.shared.Money;

/** Reads an amount of đồng as people type it: {@code 12000000}, {@code 12.000.000}, {@code 12 000 000 ₫}. */
final class Amounts {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,15}");

    private Amounts() {
    }

    static Optional<Money> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String digits = text.replaceAll("(?i)vnđ|vnd|₫|đ|[.,\\s\\u00a0]", "");
        return WHOLE.matcher(digits).matches() ? Optional.of(Money.of(Long.parseLong(digits))) : Optional.empty();
    }
}

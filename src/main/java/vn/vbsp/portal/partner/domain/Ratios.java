package vn.vbsp.portal.partner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Part ÷ whole × 100, rounded half-up to two decimals, as the office's reports write ratios; zero for an empty whole. */
final class Ratios {

    private Ratios() {
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

package vn.vbsp.portal.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.vbsp.portal.shared.Money;

/**
 * The fee rule as the settings give it: the monthly rate on the outstanding that paid interest, the bands of the
 * overdue ratio that cut it (below {@code fullBelow}: all of it; below {@code eightyBelow}: 80 %; below
 * {@code fiftyBelow}: 50 %; from there on: none) and each level's share. Ratios and shares in percent.
 */
public record FeeRule(BigDecimal monthlyRatePercent, BigDecimal fullBelow, BigDecimal eightyBelow, BigDecimal fiftyBelow,
        BigDecimal communeShare, BigDecimal districtShare, BigDecimal provinceShare) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The part of the fee an organisation keeps at this overdue ratio, in percent: 100, 80, 50 or 0. */
    public int feePercent(BigDecimal overdueRatio) {
        if (overdueRatio.compareTo(fullBelow) < 0) {
            return 100;
        }
        if (overdueRatio.compareTo(eightyBelow) < 0) {
            return 80;
        }
        if (overdueRatio.compareTo(fiftyBelow) < 0) {
            return 50;
        }
        return 0;
    }

    public BigDecimal share(FeeLevel level) {
        return switch (level) {
            case COMMUNE -> communeShare;
            case DISTRICT -> districtShare;
            case PROVINCE -> provinceShare;
        };
    }

    /**
     * The fee of one level: base × monthly rate × the level's share × the band's percent, rounded half-up to the
     * đồng once, at the end.
     */
    public Money fee(Money base, FeeLevel level, BigDecimal overdueRatio) {
        BigDecimal fee = base.toBigDecimal()
                .multiply(monthlyRatePercent).divide(HUNDRED)
                .multiply(share(level)).divide(HUNDRED)
                .multiply(BigDecimal.valueOf(feePercent(overdueRatio))).divide(HUNDRED);
        return Money.of(fee.setScale(0, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
    }
}

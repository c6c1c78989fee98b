package vn.vbsp.portal.fee;

import java.math.BigDecimal;
import vn.vbsp.portal.shared.Money;

/**
 * One line of a month's entrustment fee statement: an organisation at one level (a commune chapter, or its district
 * or province committee with no commune), the outstanding that paid interest, the overdue ratio that set the band,
 * the band's percent and the fee.
 */
public record FeeLine(String associationCode, String associationName, FeeLevel level, String communeCode,
        String communeName, Money baseOutstanding, BigDecimal overdueRatio, int feePercent, Money fee) {
}

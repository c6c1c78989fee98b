package vn.vbsp.portal.collection;

import java.util.List;
import vn.vbsp.portal.shared.Money;

/** A group's sheet for the day (or the commune's direct loans, with a null group): its lines and whether it posted. */
public record GroupSheet(Long groupId, String groupCode, String groupName, String associationCode, String leaderName,
        boolean posted, List<SheetLine> lines) {

    public Money totalInterestDue() {
        return lines.stream().map(SheetLine::interestDue).reduce(Money.ZERO, Money::plus);
    }

    public Money totalPrincipalDue() {
        return lines.stream().map(SheetLine::principalDue).reduce(Money.ZERO, Money::plus);
    }

    public Money totalOutstanding() {
        return lines.stream().map(SheetLine::outstanding).reduce(Money.ZERO, Money::plus);
    }

    public Money totalSavings() {
        return lines.stream().map(SheetLine::savingsBalance).reduce(Money.ZERO, Money::plus);
    }
}

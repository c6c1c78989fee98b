package vn.vbsp.portal.fee;

import java.time.YearMonth;
import java.util.List;
import vn.vbsp.portal.shared.Money;

/** A month's entrustment fees, line by line, with the rule they were reckoned by. */
public record FeeStatement(YearMonth month, FeeRule rule, List<FeeLine> lines) {

    public Money total() {
        return lines.stream().map(FeeLine::fee).reduce(Money.ZERO, Money::plus);
    }
}

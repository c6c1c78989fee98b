package vn.vbsp.portal.loan;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/**
 * One instalment of a repayment schedule and what has been repaid against it up to a day. {@code originalDueOn}
 * differs from {@code dueOn} once an extension moved it.
 */
public record InstalmentLine(long id, int seq, LocalDate dueOn, LocalDate originalDueOn, boolean extended,
        Money principalDue, Money repaid) {

    public Money remaining() {
        return principalDue.minus(repaid).max(Money.ZERO);
    }
}

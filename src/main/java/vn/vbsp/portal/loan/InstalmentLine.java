package vn.vbsp.portal.loan;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/**
 * One instalment of a repayment schedule as it stands at the end of a day ({@link Schedules}, the one derivation):
 * principal repaid (or written off) covers the instalments in due order, the earliest first; frozen principal covers
 * the next ones. {@code originalDueOn} differs from {@code dueOn} once an extension moved it.
 *
 * @param repaid  the part of it repaid or written off
 * @param frozen  the part of it frozen (khoanh): not paid, not payable, not overdue
 * @param pastDue its due date is before the day: whatever is unpaid of it is overdue
 */
public record InstalmentLine(long id, int seq, LocalDate dueOn, LocalDate originalDueOn, boolean extended,
        Money principalDue, Money repaid, Money frozen, boolean pastDue) {

    /** How an instalment stands, for a badge. */
    public enum State { PAID, FROZEN, OVERDUE, OPEN }

    /** What is still owed on it, frozen part included. */
    public Money remaining() {
        return principalDue.minus(repaid).max(Money.ZERO);
    }

    /** What is still to pay on it and not frozen: overdue once past due. */
    public Money unpaid() {
        return remaining().minus(frozen).max(Money.ZERO);
    }

    public State state() {
        if (!remaining().isPositive()) {
            return State.PAID;
        }
        if (!unpaid().isPositive()) {
            return State.FROZEN;
        }
        return pastDue ? State.OVERDUE : State.OPEN;
    }
}

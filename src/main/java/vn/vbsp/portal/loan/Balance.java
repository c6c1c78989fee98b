package vn.vbsp.portal.loan;

import java.util.Objects;
import vn.vbsp.portal.shared.Money;

/**
 * A loan's balances at the end of a day: the sums of its ledger rows' deltas up to that day.
 *
 * @param outstanding  principal still owed (dư nợ), overdue and frozen parts included
 * @param overdue      the part of it that is overdue (nợ quá hạn)
 * @param frozen       the part of it that is frozen (nợ khoanh)
 * @param interestOwed interest charged and not yet paid
 */
public record Balance(Money outstanding, Money overdue, Money frozen, Money interestOwed) {

    public static final Balance ZERO = new Balance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Balance {
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(frozen, "frozen");
        Objects.requireNonNull(interestOwed, "interestOwed");
    }

    /** Principal neither overdue nor frozen (nợ trong hạn). */
    public Money inTerm() {
        return outstanding.minus(overdue).minus(frozen);
    }

    /** Frozen debt covers the whole balance: nothing falls overdue and nothing bears interest. */
    public boolean fullyFrozen() {
        return frozen.isPositive() && frozen.compareTo(outstanding) >= 0;
    }

    /** Nothing owed any more, neither principal nor interest. */
    public boolean cleared() {
        return outstanding.isZero() && interestOwed.isZero();
    }
}

package vn.vbsp.portal.collection.domain;

import java.util.List;
import java.util.function.Function;
import vn.vbsp.portal.collection.LinePayment;
import vn.vbsp.portal.collection.LineProblem;
import vn.vbsp.portal.loan.LoanDue;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * The rules one line of a batch must keep (CONTRACT §7): the loan is of the commune, active, of a member of its
 * group; no amount is negative; interest no more than due; principal no more than due unless the line is an early
 * repayment (then no more than the outstanding); a withdrawal no more than the savings; savings only through a group.
 */
final class LineRules {

    static final int MAX_NOTE = 500;

    private final long communeId;
    private final Formats fmt;

    LineRules(long communeId, Formats fmt) {
        this.communeId = communeId;
        this.fmt = fmt;
    }

    /** The checked line, or null after adding its problems to {@code problems}. */
    Checked check(LinePayment line, DayStore.Target target, LoanDue due, Function<DayStore.Target, Money> savings,
            List<LineProblem> problems) {
        int before = problems.size();
        String no = line.loanNo();
        if (target == null) {
            problems.add(new LineProblem(line.line(), no, "collection.error.unknown-loan", no));
            return null;
        }
        if (target.communeId() != communeId) {
            problems.add(new LineProblem(line.line(), no, "collection.error.other-commune", no));
            return null;
        }
        if (!"ACTIVE".equals(target.status())) {
            problems.add(new LineProblem(line.line(), no, "collection.error.loan-closed", no));
            return null;
        }
        if (line.note() != null && line.note().length() > MAX_NOTE) {
            problems.add(new LineProblem(line.line(), no, "collection.error.note-too-long", MAX_NOTE));
        }
        if (!target.member()) {
            problems.add(new LineProblem(line.line(), no, "collection.error.left-group", no));
        }
        Money interest = Checked.amount(line.interest());
        Money principal = Checked.amount(line.principal());
        Money deposit = Checked.amount(line.deposit());
        Money withdrawal = Checked.amount(line.withdrawal());
        if (interest.isNegative() || principal.isNegative() || deposit.isNegative() || withdrawal.isNegative()) {
            problems.add(new LineProblem(line.line(), no, "collection.error.negative", no));
            return null;
        }
        if (interest.compareTo(due.interestDue()) > 0) {
            problems.add(new LineProblem(line.line(), no, "collection.error.interest-above-due", fmt.money(interest),
                    fmt.money(due.interestDue())));
        }
        if (line.early()) {
            if (principal.compareTo(due.outstanding()) > 0) {
                problems.add(new LineProblem(line.line(), no, "collection.error.principal-above-outstanding",
                        fmt.money(principal), fmt.money(due.outstanding())));
            }
        } else if (principal.compareTo(due.principalDue()) > 0) {
            problems.add(new LineProblem(line.line(), no, "collection.error.principal-above-due", fmt.money(principal),
                    fmt.money(due.principalDue())));
        }
        if (target.groupId() == null && (deposit.isPositive() || withdrawal.isPositive())) {
            problems.add(new LineProblem(line.line(), no, "collection.error.savings-without-group", no));
        } else if (withdrawal.isPositive()) {
            Money balance = savings.apply(target).plus(deposit);
            if (withdrawal.compareTo(balance) > 0) {
                problems.add(new LineProblem(line.line(), no, "collection.error.withdrawal-above-balance",
                        fmt.money(withdrawal), fmt.money(balance)));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Checked(line, target, interest, principal, deposit, withdrawal, due.interestDue(),
                due.principalDue());
    }
}

package vn.vbsp.portal.demo;

import java.time.LocalDate;
import java.util.List;
import vn.vbsp.portal.demo.LoanLedger.Due;
import vn.vbsp.portal.loan.InterestCalculator;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * The life of one demo loan, day by day where something happens, posting each event to the ledger with the
 * balances it moves. Everything happens on the point's monthly day except overdue transfers, which come the
 * day after an instalment was left unpaid. Interest is charged for each month past from the balances held
 * day by day, rounded once per month.
 */
final class History {

    private final LoanLedger ledger;
    private final LoanPlan plan;
    private final long loanId;
    private final List<Due> dues;
    private final Due extended;
    private final Dice dice;
    /** How often this borrower lets a month's interest wait. */
    private final double skipsInterest;

    private long outstanding;
    private long overdue;
    private long frozen;
    private long interestOwed;
    private boolean writtenOff;
    private LocalDate accruingFrom;
    private InterestCalculator.Accrual accrual;

    History(LoanLedger ledger, LoanPlan plan, long loanId, List<Due> dues, Due extended, Dice dice) {
        this.ledger = ledger;
        this.plan = plan;
        this.loanId = loanId;
        this.dues = dues;
        this.extended = extended;
        this.dice = dice;
        double habit = dice.fraction();
        this.skipsInterest = habit < 0.85 ? 0 : habit < 0.97 ? 0.12 : 0.35;
    }

    /** Plays every point day from disbursement up to (not including) today. */
    void play(LocalDate today) {
        LocalDate disbursed = plan.disbursedOn();
        long principal = plan.principal().dong();
        post(disbursed, "DISBURSEMENT", principal, principal, 0, 0, 0, null, null);
        outstanding = principal;
        accruingFrom = disbursed;
        accrual = newAccrual();

        for (int month = 1; outstanding > 0; month++) {
            LocalDate day = RepaymentSchedule.pointDayAfter(disbursed, month, plan.pointDay());
            if (!day.isBefore(today)) {
                break;
            }
            chargeInterest(day);
            if (day.equals(plan.risk().freezeOn())) {
                freeze(day);
            }
            if (day.equals(plan.risk().writeOffOn())) {
                writeOff(day);
                break;
            }
            if (frozen == 0) {
                if (extended != null && day.equals(extended.instalment.dueOn())) {
                    String decision = ledger.decision(loanId, "EXTENSION", "Gặp khó khăn do mất mùa, được gia hạn kỳ trả nợ",
                            extended.amount().dong(), day);
                    post(day, "EXTENSION", extended.amount().dong(), 0, 0, 0, 0, extended, decision);
                }
                repayPrincipal(day);
            }
            payInterest(day);
            if (frozen == 0) {
                transferOverdue(day);
            }
        }
    }

    long outstanding() {
        return outstanding;
    }

    long overdue() {
        return overdue;
    }

    long frozen() {
        return frozen;
    }

    boolean writtenOff() {
        return writtenOff;
    }

    private InterestCalculator.Accrual newAccrual() {
        return InterestCalculator.accrual(plan.programme().rates(), plan.programme().overdueRatePct());
    }

    /** Closes the balances held since the last change; they bear interest up to {@code day}. */
    private void accrueUntil(LocalDate day) {
        accrual.add(Money.of(outstanding - overdue - frozen), Money.of(overdue), accruingFrom, day);
        accruingFrom = day;
    }

    private void chargeInterest(LocalDate day) {
        accrueUntil(day);
        long interest = accrual.total().dong();
        accrual = newAccrual();
        if (interest > 0) {
            post(day, "INTEREST_CHARGE", interest, 0, 0, 0, interest, null, null);
            interestOwed += interest;
        }
    }

    private void repayPrincipal(LocalDate day) {
        for (Due due : dues) {
            if (day.equals(due.paidLateOn) && due.unpaid > 0) {
                long amount = due.unpaid;
                post(day, "PRINCIPAL_REPAYMENT", amount, -amount, -due.overdue, 0, 0, due, null);
                outstanding -= amount;
                overdue -= due.overdue;
                due.unpaid = 0;
                due.overdue = 0;
            }
            if (day.equals(due.dueOn)) {
                long amount = Math.min(due.paidOnTime, due.unpaid);
                if (amount > 0) {
                    post(day, "PRINCIPAL_REPAYMENT", amount, -amount, 0, 0, 0, due, null);
                    outstanding -= amount;
                    due.unpaid -= amount;
                }
            }
        }
    }

    /** The group leader collects the month's interest; some borrowers let it wait, and all pay off at the end. */
    private void payInterest(LocalDate day) {
        if (interestOwed == 0) {
            return;
        }
        double skips = skipsInterest;
        for (Due due : dues) {
            if (due.neverPaid() && due.dueOn.isBefore(day)) {
                skips = Math.max(skips, 0.5);
            }
        }
        if (outstanding == 0 || !dice.chance(skips)) {
            post(day, "INTEREST_PAYMENT", interestOwed, 0, 0, 0, -interestOwed, null, null);
            interestOwed = 0;
        }
    }

    /** What was due today and is still unpaid turns overdue tomorrow. */
    private void transferOverdue(LocalDate day) {
        LocalDate next = day.plusDays(1);
        boolean first = true;
        for (Due due : dues) {
            long amount = due.unpaid - due.overdue;
            if (day.equals(due.dueOn) && amount > 0) {
                if (first) {
                    accrueUntil(next);
                    first = false;
                }
                post(next, "OVERDUE_TRANSFER", amount, 0, amount, 0, 0, due, null);
                overdue += amount;
                due.overdue += amount;
            }
        }
    }

    /** After a disaster the whole balance is frozen; the borrower settles the interest up to that day first. */
    private void freeze(LocalDate day) {
        if (interestOwed > 0) {
            post(day, "INTEREST_PAYMENT", interestOwed, 0, 0, 0, -interestOwed, null, null);
            interestOwed = 0;
        }
        long amount = outstanding - frozen;
        String decision = ledger.decision(loanId, "FREEZE", plan.risk().freezeReason(), amount, day);
        post(day, "FREEZE", amount, 0, -overdue, amount, 0, null, decision);
        frozen += amount;
        overdue = 0;
    }

    private void writeOff(LocalDate day) {
        long amount = outstanding;
        String decision = ledger.decision(loanId, "WRITE_OFF", plan.risk().freezeReason() + "; không còn khả năng trả nợ",
                amount, day);
        post(day, "WRITE_OFF", amount, -amount, 0, -frozen, 0, null, decision);
        outstanding = 0;
        frozen = 0;
        writtenOff = true;
    }

    private void post(LocalDate day, String kind, long amount, long dOutstanding, long dOverdue, long dFrozen,
            long dInterest, Due due, String reference) {
        ledger.txn(loanId, day, kind, amount, dOutstanding, dOverdue, dFrozen, dInterest, due, reference);
    }
}

package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.demo.OfficeModel.Group;
import vn.vbsp.portal.demo.OfficeModel.Network;
import vn.vbsp.portal.loan.Instalment;
import vn.vbsp.portal.loan.InterestCalculator;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * Plays each loan's history from disbursement to yesterday and writes the loan, its schedule, the check of
 * its use, its risk decisions and every ledger row. Each point day the interest of the month past is charged,
 * the instalments due are paid (or not) and the interest is paid (or not); an instalment left unpaid turns
 * overdue the next day. The amounts come from {@link RepaymentSchedule} and {@link InterestCalculator}.
 */
final class LoanLedger {

    /** Share of instalments not paid in full on their due date. */
    static final double LATE_INSTALMENT = 0.04;
    private static final int NEVER = -1;
    private static final Weighted<Integer> DELAY_MONTHS = Weighted.of(1, 45).or(2, 20).or(3, 15).or(6, 10).or(NEVER, 10);

    private final LocalDate today;
    private final Ids ids;
    private final List<String> creditOfficers;
    private final CopyRows loans;
    private final CopyRows instalments;
    private final CopyRows checks;
    private final CopyRows decisions;
    private final CopyRows txns;
    private final Totals totals = new Totals();
    /** Decisions are numbered from 1 each year for each kind, e.g. 007/2024/QĐ-KN. */
    private final Map<String, Integer> decisionNumbers = new HashMap<>();
    private int loanNo;

    /** The book as of today, for the log and the capital plan. */
    static final class Totals {
        long outstanding;
        long overdue;
        long frozen;
        int active;
        int settled;
        int writtenOff;
    }

    LoanLedger(LocalDate today, Ids ids, Network network, CopyBatch batch) {
        this.today = today;
        this.ids = ids;
        this.creditOfficers = network.creditOfficers();
        this.loans = batch.table("loan", "id", "loan_no", "household_id", "group_id", "association_id", "programme_id",
                "commune_id", "principal", "disbursed_on", "maturity_on", "instalment_months", "purpose", "status");
        this.instalments = batch.table("loan_instalment", "id", "loan_id", "seq", "due_on", "principal_due",
                "original_due_on", "extended");
        this.checks = batch.table("loan_use_check", "loan_id", "due_by", "checked_on", "used_as_intended", "checker", "note");
        this.decisions = batch.table("loan_decision", "loan_id", "kind", "decision_no", "reason", "amount", "effective_on",
                "prepared_by", "approved_by", "approved_at", "status");
        this.txns = batch.table("loan_txn", "loan_id", "business_date", "kind", "amount", "d_outstanding", "d_overdue",
                "d_frozen", "d_interest", "instalment_id", "reference", "posted_by");
    }

    Totals totals() {
        return totals;
    }

    void post(LoanPlan plan) {
        long loanId = ids.next("loan");
        Dice dice = new Dice(plan.seed());
        List<Due> dues = new ArrayList<>();
        for (Instalment instalment : RepaymentSchedule.instalments(plan.principal(), plan.disbursedOn(),
                plan.termMonths(), plan.intervalMonths(), plan.pointDay())) {
            dues.add(new Due(ids.next("loan_instalment"), instalment));
        }
        Due extended = plan.risk().extend() ? extend(plan, dues, dice) : null;
        for (Due due : dues) {
            if (due != extended && due.dueOn.isBefore(today) && dice.chance(LATE_INSTALMENT)) {
                due.payLate(dice, plan.pointDay());
            }
        }

        History history = new History(this, plan, loanId, dues, extended, dice);
        history.play(today);
        String status = history.outstanding() > 0 ? "ACTIVE" : history.writtenOff() ? "WRITTEN_OFF" : "SETTLED";
        count(history, status);

        Group group = plan.household().group();
        loans.add(loanId).add(String.format("DEMO-%07d", ++loanNo)).add(plan.household().id())
                .add(group == null ? null : group.id()).add(group == null ? null : (long) group.associationId())
                .add(plan.programme().id()).add(plan.household().commune().id()).add(plan.principal().dong())
                .add(plan.disbursedOn()).add(plan.maturityOn()).add(plan.intervalMonths()).add(plan.purpose())
                .add(status).end();
        for (Due due : dues) {
            instalments.add(due.id).add(loanId).add(due.instalment.seq()).add(due.dueOn)
                    .add(due.instalment.principalDue().dong()).add(due.instalment.dueOn()).add(due == extended)
                    .end();
        }
        useCheck(plan, loanId, group, dice);
    }

    /** Moves one instalment already due by the interval (at most six months), decided on its due date. */
    private Due extend(LoanPlan plan, List<Due> dues, Dice dice) {
        List<Due> candidates = dues.subList(0, dues.size() - 1).stream()
                .filter(d -> d.dueOn.isBefore(today)).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Due due = dice.pick(candidates);
        due.dueOn = RepaymentSchedule.pointDayAfter(due.dueOn, Math.min(6, plan.intervalMonths()), plan.pointDay());
        return due;
    }

    private void useCheck(LoanPlan plan, long loanId, Group group, Dice dice) {
        LocalDate dueBy = plan.disbursedOn().plusDays(30);
        LocalDate checkedOn = plan.disbursedOn().plusDays(dice.between(5, 28));
        if (!checkedOn.isBefore(today) || dice.chance(0.03)) {
            checks.add(loanId).add(dueBy).addNull().addNull().addNull().addNull().end();
            return;
        }
        boolean asIntended = dice.chance(0.97);
        String checker = group == null ? "Cán bộ tín dụng " + dice.pick(creditOfficers) : group.chapter().chairWithTitle();
        checks.add(loanId).add(dueBy).add(checkedOn).add(asIntended).add(checker)
                .add(asIntended ? null : "Sử dụng một phần vốn chưa đúng mục đích, đã yêu cầu khắc phục").end();
    }

    String decision(long loanId, String kind, String reason, long amount, LocalDate effectiveOn) {
        String suffix = switch (kind) {
            case "EXTENSION" -> "GH";
            case "FREEZE" -> "KN";
            default -> "XN";
        };
        int sequence = decisionNumbers.merge(suffix + effectiveOn.getYear(), 1, Integer::sum);
        String number = String.format("%03d/%d/QĐ-%s", sequence, effectiveOn.getYear(), suffix);
        decisions.add(loanId).add(kind).add(number).add(reason).add(amount).add(effectiveOn)
                .add(DemoDataLoader.MAKER).add(DemoDataLoader.CHECKER).add(effectiveOn + " 10:00:00+07").add("APPROVED").end();
        return number;
    }

    void txn(long loanId, LocalDate day, String kind, long amount, long dOutstanding, long dOverdue, long dFrozen,
            long dInterest, Due due, String reference) {
        txns.add(loanId).add(day).add(kind).add(amount).add(dOutstanding).add(dOverdue).add(dFrozen).add(dInterest)
                .add(due == null ? null : due.id).add(reference).add(DemoDataLoader.POSTED_BY).end();
    }

    private void count(History history, String status) {
        totals.outstanding += history.outstanding();
        totals.overdue += history.overdue();
        totals.frozen += history.frozen();
        switch (status) {
            case "ACTIVE" -> totals.active++;
            case "SETTLED" -> totals.settled++;
            default -> totals.writtenOff++;
        }
    }

    /** One instalment and how its borrower will pay it. */
    static final class Due {
        final long id;
        final Instalment instalment;
        LocalDate dueOn;
        long unpaid;
        long overdue;
        /** What is paid on the due date; the rest is paid late, or never. */
        long paidOnTime;
        LocalDate paidLateOn;

        Due(long id, Instalment instalment) {
            this.id = id;
            this.instalment = instalment;
            this.dueOn = instalment.dueOn();
            this.unpaid = instalment.principalDue().dong();
            this.paidOnTime = unpaid;
        }

        void payLate(Dice dice, int pointDay) {
            long half = unpaid / 2 / 100_000 * 100_000;
            paidOnTime = dice.chance(0.3) ? half : 0;
            int delay = DELAY_MONTHS.draw(dice);
            paidLateOn = delay == NEVER ? null : RepaymentSchedule.pointDayAfter(dueOn, delay, pointDay);
        }

        boolean neverPaid() {
            return paidOnTime < instalment.principalDue().dong() && paidLateOn == null;
        }

        Money amount() {
            return instalment.principalDue();
        }
    }
}

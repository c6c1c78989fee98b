package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.Instalment;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/** What an approved risk decision writes: its ledger row, and for an extension or a rescheduling the schedule. */
@Component
class RiskPostings {

    private final ScheduledInstalmentRepository instalments;
    private final LoanBalances balances;
    private final RiskRules rules;
    private final Ledger ledger;
    private final CatchUp catchUp;
    private final CommuneDirectory communes;
    private final JdbcClient jdbc;
    private final Formats fmt;

    RiskPostings(ScheduledInstalmentRepository instalments, LoanBalances balances, RiskRules rules, Ledger ledger,
            CatchUp catchUp, CommuneDirectory communes, JdbcClient jdbc, Formats fmt) {
        this.instalments = instalments;
        this.balances = balances;
        this.rules = rules;
        this.ledger = ledger;
        this.catchUp = catchUp;
        this.communes = communes;
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    /** Writes the decision's effect on {@code on}, adds the rows to {@code posted}, and answers the amount. */
    Money apply(Loan loan, LoanDecision decision, LocalDate on, List<LedgerEntry> posted, String by) {
        Balance held = balances.asOf(loan.getId(), on);
        List<ScheduledInstalment> schedule = instalments.findByLoanIdOrderBySeq(loan.getId());
        String key = "DEC:" + decision.getId();
        return switch (decision.getKind()) {
            case EXTENSION -> extend(loan, decision, schedule, on, held, key, posted, by);
            case RESCHEDULE -> reschedule(loan, decision, schedule, on, held, key, posted, by);
            case FREEZE -> freeze(loan, decision, on, held, key, posted, by);
            case WRITE_OFF -> writeOff(loan, decision, on, key, posted, by);
        };
    }

    private Money extend(Loan loan, LoanDecision decision, List<ScheduledInstalment> schedule, LocalDate on,
            Balance held, String key, List<LedgerEntry> posted, String by) {
        RiskRules.Extension extension = rules.extension(loan, schedule, decision.getInstalmentId(), decision.getNewDueOn(),
                on, held);
        ScheduledInstalment instalment = schedule.stream().filter(i -> i.getId().equals(decision.getInstalmentId()))
                .findFirst().orElseThrow();
        posted.add(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.EXTENSION, extension.unpaid().dong())
                .moves(0, -extension.returnedFromOverdue().dong(), 0, 0).instalment(instalment.getId())
                .reference(decision.getDecisionNo()).key(key)
                .note("Gia hạn kỳ " + instalment.getSeq() + " từ " + fmt.date(instalment.getDueOn()) + " đến "
                        + fmt.date(decision.getNewDueOn())), by));
        instalment.extendTo(decision.getNewDueOn());
        loan.matures(lastDue(schedule));
        return extension.unpaid();
    }

    private Money reschedule(Loan loan, LoanDecision decision, List<ScheduledInstalment> schedule, LocalDate on,
            Balance held, String key, List<LedgerEntry> posted, String by) {
        int interval = decision.getNewIntervalMonths();
        Money unpaid = rules.reschedule(loan, schedule, interval, on, held);
        Integer pointDay = communes.find(loan.getCommuneId()).map(CommuneSummary::pointDay).orElse(null);
        if (pointDay == null) {
            throw new LoanRuleException("loan.error.no-point");
        }
        List<ScheduledInstalment> replaced = RiskRules.remaining(schedule, on);
        Money total = replaced.stream().map(ScheduledInstalment::getPrincipalDue).reduce(Money.ZERO, Money::plus);
        List<Instalment> fresh = RepaymentSchedule.instalments(total, on, RiskRules.monthsToMaturity(loan, on), interval,
                pointDay);
        int nextSeq = schedule.stream().mapToInt(ScheduledInstalment::getSeq).max().orElse(0) + 1;
        for (int k = 0; k < Math.max(replaced.size(), fresh.size()); k++) {
            if (k < replaced.size() && k < fresh.size()) {
                replaced.get(k).replace(fresh.get(k).dueOn(), fresh.get(k).principalDue());
            } else if (k < fresh.size()) {
                instalments.save(new ScheduledInstalment(loan.getId(), nextSeq++, fresh.get(k).dueOn(),
                        fresh.get(k).principalDue()));
            } else {
                retire(replaced.get(k), fresh.get(fresh.size() - 1).dueOn());
            }
        }
        instalments.flush();
        posted.add(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.RESCHEDULE, unpaid.dong())
                .reference(decision.getDecisionNo()).key(key)
                .note("Điều chỉnh kỳ hạn trả nợ: " + fresh.size() + " kỳ, " + interval + " tháng/kỳ"), by));
        loan.rescheduled(interval, lastDue(instalments.findByLoanIdOrderBySeq(loan.getId())));
        return unpaid;
    }

    private Money freeze(Loan loan, LoanDecision decision, LocalDate on, Balance held, String key,
            List<LedgerEntry> posted, String by) {
        Money amount = rules.freeze(decision.getAmount(), held);
        if (amount.equals(held.outstanding().minus(held.frozen()))) {
            // nothing will earn interest any more: charge what it earned up to today, and the nightly run skips it
            catchUp.chargeUpTo(loan, on, by).ifPresent(posted::add);
        }
        long overduePart = Math.min(amount.dong(), held.overdue().dong());
        posted.add(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.FREEZE, amount.dong())
                .moves(0, -overduePart, amount.dong(), 0).reference(decision.getDecisionNo()).key(key), by));
        return amount;
    }

    /** Writes off frozen principal; when that clears the principal, the interest earned and owed goes with it. */
    private Money writeOff(Loan loan, LoanDecision decision, LocalDate on, String key, List<LedgerEntry> posted,
            String by) {
        Money amount = rules.writeOff(decision.getAmount(), balances.asOf(loan.getId(), on));
        long interest = 0;
        if (amount.equals(balances.asOf(loan.getId(), on).outstanding())) {
            catchUp.chargeUpTo(loan, on, by).ifPresent(posted::add);
            interest = balances.asOf(loan.getId(), on).interestOwed().dong();
        }
        posted.add(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.WRITE_OFF, amount.dong())
                .moves(-amount.dong(), 0, -amount.dong(), -interest).reference(decision.getDecisionNo()).key(key)
                .note(interest > 0 ? "Xóa nợ gốc và lãi " + fmt.money(interest) : "Xóa nợ gốc"), by));
        return amount;
    }

    /** An instalment the new schedule no longer needs: removed, or kept at nothing when the ledger names it. */
    private void retire(ScheduledInstalment instalment, LocalDate lastDue) {
        long references = jdbc.sql("""
                select (select count(*) from loan_txn where instalment_id = :id)
                     + (select count(*) from loan_decision where instalment_id = :id)
                """).param("id", instalment.getId()).query(Long.class).single();
        if (references == 0) {
            instalments.delete(instalment);
        } else {
            instalment.replace(lastDue, Money.ZERO);
        }
    }

    private static LocalDate lastDue(List<ScheduledInstalment> schedule) {
        return schedule.stream().filter(i -> i.getPrincipalDue().isPositive()).map(ScheduledInstalment::getDueOn)
                .max(Comparator.naturalOrder()).orElseThrow();
    }
}

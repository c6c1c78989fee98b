package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.shared.Money;

/**
 * Brings a loan's ledger up to a day: the overdue transfers (the day after each due date, whatever of the instalment
 * is unpaid) and the monthly interest charges (on the point's day, for the month past) that fell due by then, in
 * date order. Each row carries an idempotency key, and each amount is worked out from the ledger as it stands, so
 * running it again posts nothing. The caller holds the loan's row lock.
 */
@Component
class CatchUp {

    /** What a catch-up posted. */
    record Result(List<LedgerEntry> posted) {

        static final Result NONE = new Result(List.of());

        long transfers() {
            return posted.stream().filter(e -> e.getKind() == TxnKind.OVERDUE_TRANSFER).count();
        }

        long charges() {
            return posted.stream().filter(e -> e.getKind() == TxnKind.INTEREST_CHARGE).count();
        }
    }

    private final LedgerEntryRepository entries;
    private final ScheduledInstalmentRepository instalments;
    private final LoanBalances balances;
    private final InterestAccrual interest;
    private final CommuneDirectory communes;
    private final Ledger ledger;

    CatchUp(LedgerEntryRepository entries, ScheduledInstalmentRepository instalments, LoanBalances balances,
            InterestAccrual interest, CommuneDirectory communes, Ledger ledger) {
        this.entries = entries;
        this.instalments = instalments;
        this.balances = balances;
        this.interest = interest;
        this.communes = communes;
        this.ledger = ledger;
    }

    static String overdueKey(ScheduledInstalment instalment) {
        return overdueKey(instalment.getId(), instalment.getDueOn());
    }

    static String overdueKey(long instalmentId, LocalDate dueOn) {
        return "OD:" + instalmentId + ":" + dueOn;
    }

    static String interestKey(long loanId, LocalDate day) {
        return "INT:" + loanId + ":" + day;
    }

    /** Posts what fell due up to the end of {@code day}; nothing dated before the loan's latest posting. */
    Result bringUpTo(Loan loan, LocalDate day, String by) {
        if (!loan.isActive()) {
            return Result.NONE;
        }
        LocalDate latest = entries.latestDate(loan.getId()).orElse(loan.getDisbursedOn());
        List<ScheduledInstalment> schedule = instalments.findByLoanIdOrderBySeq(loan.getId());
        Integer pointDay = communes.find(loan.getCommuneId()).map(CommuneSummary::pointDay).orElse(null);
        LocalDate charged = entries.lastInterestCharge(loan.getId()).orElse(loan.getDisbursedOn());

        TreeSet<LocalDate> days = new TreeSet<>();
        for (ScheduledInstalment i : schedule) {
            LocalDate transferOn = i.getDueOn().plusDays(1);
            if (!transferOn.isAfter(day) && !transferOn.isBefore(latest)) {
                days.add(transferOn);
            }
        }
        List<LocalDate> chargeDays = chargeDays(loan, pointDay, charged, latest, day);
        days.addAll(chargeDays);

        List<LedgerEntry> posted = new ArrayList<>();
        for (LocalDate on : days) {
            for (ScheduledInstalment i : schedule.stream().sorted(ScheduledInstalment.DUE_ORDER).toList()) {
                if (i.getDueOn().plusDays(1).equals(on)) {
                    transfer(loan, schedule, i, on, by).ifPresent(posted::add);
                }
            }
            if (chargeDays.contains(on)) {
                Money amount = interest.accrued(loan, charged, on);
                charged = on;
                charge(loan, on, amount, by).ifPresent(posted::add);
            }
        }
        return new Result(posted);
    }

    /** The interest up to {@code day} not yet charged, posted as a charge on that day (for a settlement or write-off). */
    Optional<LedgerEntry> chargeUpTo(Loan loan, LocalDate day, String by) {
        LocalDate charged = entries.lastInterestCharge(loan.getId()).orElse(loan.getDisbursedOn());
        return charge(loan, day, interest.accrued(loan, charged, day), by);
    }

    /** The interest earned since the last charge up to {@code day}, not posted: what a settlement that day would charge. */
    Money notYetCharged(Loan loan, LocalDate day) {
        LocalDate charged = entries.lastInterestCharge(loan.getId()).orElse(loan.getDisbursedOn());
        return day.isAfter(charged) ? interest.accrued(loan, charged, day) : Money.ZERO;
    }

    private Optional<LedgerEntry> transfer(Loan loan, List<ScheduledInstalment> schedule,
            ScheduledInstalment instalment, LocalDate on, String by) {
        String key = overdueKey(instalment);
        if (ledger.posted(key)) {
            return Optional.empty();
        }
        Balance held = balances.asOf(loan.getId(), on);
        Money amount = OverdueRule.target(schedule, loan.getPrincipal(), held, on).minus(held.overdue());
        if (!amount.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.OVERDUE_TRANSFER, amount.dong())
                .moves(0, amount.dong(), 0, 0).instalment(instalment.getId()).key(key)
                .note("Chuyển nợ quá hạn kỳ " + instalment.getSeq()), by));
    }

    private Optional<LedgerEntry> charge(Loan loan, LocalDate on, Money amount, String by) {
        String key = interestKey(loan.getId(), on);
        if (!amount.isPositive() || ledger.posted(key)) {
            return Optional.empty();
        }
        return Optional.of(ledger.post(LedgerEntry.of(loan.getId(), on, TxnKind.INTEREST_CHARGE, amount.dong())
                .moves(0, 0, 0, amount.dong()).key(key), by));
    }

    /**
     * The point days after {@code charged} up to {@code day} on which a month's interest is charged: the point day of
     * every month after the month of disbursement. None when the commune has no point.
     */
    static List<LocalDate> chargeDays(Loan loan, Integer pointDay, LocalDate charged, LocalDate latest, LocalDate day) {
        return chargeDays(loan.getDisbursedOn(), pointDay, charged, latest, day);
    }

    /** The same for a loan disbursed on {@code disbursedOn}. */
    static List<LocalDate> chargeDays(LocalDate disbursedOn, Integer pointDay, LocalDate charged, LocalDate latest,
            LocalDate day) {
        List<LocalDate> result = new ArrayList<>();
        if (pointDay == null) {
            return result;
        }
        for (int month = 1; ; month++) {
            LocalDate on = RepaymentSchedule.pointDayAfter(disbursedOn, month, pointDay);
            if (on.isAfter(day)) {
                return result;
            }
            if (on.isAfter(charged) && !on.isBefore(latest)) {
                result.add(on);
            }
        }
    }
}

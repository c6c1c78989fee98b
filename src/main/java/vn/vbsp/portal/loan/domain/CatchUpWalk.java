package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.vbsp.portal.loan.InterestCalculator;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * What one loan needs posted to be brought up to a day, worked out in memory from facts read for the whole book at
 * once: the overdue transfers (the day after each due date, {@link OverdueRule}) and the monthly interest charges
 * (on the point day, {@link InterestCalculator.Accrual} over the balances held day by day), in date order, transfers
 * of a day before its charge. The same rules as a posting brings a single loan up to its day with; nothing is read
 * or written here.
 */
final class CatchUpWalk {

    /** The loan as it stands: its last posting ({@code latest}) and last interest charge ({@code charged}). */
    record Facts(long loanId, long principal, LocalDate disbursedOn, int programmeId, Integer pointDay,
            LocalDate latest, LocalDate charged) {
    }

    /** The loan's principal balances at the end of a day on which something was posted (cumulative). */
    record Held(LocalDate day, long outstanding, long overdue, long frozen) {
    }

    /** One instalment of the schedule. */
    record Due(long instalmentId, int seq, LocalDate dueOn, long principalDue) {
    }

    /** A row to post. */
    record Posting(long loanId, LocalDate on, TxnKind kind, long amount, Long instalmentId, Integer seq, String key) {
    }

    private CatchUpWalk() {
    }

    /** The keys the walk could post on the loan's latest day: the only ones that may already be in the ledger. */
    static List<String> keysOnLatest(Facts loan, List<Due> schedule, LocalDate through) {
        List<String> keys = new ArrayList<>();
        if (loan.latest().isAfter(through)) {
            return keys;
        }
        for (Due due : schedule) {
            if (due.dueOn().plusDays(1).equals(loan.latest())) {
                keys.add(CatchUp.overdueKey(due.instalmentId(), due.dueOn()));
            }
        }
        if (chargeDays(loan, through).contains(loan.latest())) {
            keys.add(CatchUp.interestKey(loan.loanId(), loan.latest()));
        }
        return keys;
    }

    /**
     * The postings that bring the loan up to the end of {@code through}.
     *
     * @param held     the balances from the end of {@code charged} on (rows before it summed into its first entry)
     * @param schedule in due order
     * @param accrual  a new accrual at the loan's programme's rates
     * @param posted   keys already in the ledger
     */
    static List<Posting> walk(Facts loan, List<Held> held, List<Due> schedule, LocalDate through,
            Supplier<InterestCalculator.Accrual> accrual, Set<String> posted) {
        List<Posting> out = new ArrayList<>();
        LocalDate latest = loan.latest();
        if (latest.isAfter(through)) {
            return out;
        }
        TreeMap<LocalDate, long[]> timeline = new TreeMap<>();
        for (Held h : held) {
            timeline.put(h.day(), new long[] {h.outstanding(), h.overdue(), h.frozen()});
        }
        long[] now = timeline.isEmpty() ? new long[3] : timeline.lastEntry().getValue().clone();

        TreeSet<LocalDate> days = new TreeSet<>();
        for (Due due : schedule) {
            LocalDate transferOn = due.dueOn().plusDays(1);
            if (!transferOn.isAfter(through) && !transferOn.isBefore(latest)) {
                days.add(transferOn);
            }
        }
        List<LocalDate> chargeDays = chargeDays(loan, through);
        days.addAll(chargeDays);

        long scheduled = schedule.stream().mapToLong(Due::principalDue).sum();
        LocalDate charged = loan.charged();
        for (LocalDate on : days) {
            for (Due due : schedule) {
                if (!due.dueOn().plusDays(1).equals(on)) {
                    continue;
                }
                String key = CatchUp.overdueKey(due.instalmentId(), due.dueOn());
                if (posted.contains(key)) {
                    continue;
                }
                long amount = OverdueRule.target(pastDue(schedule, on), scheduled, now[0], now[2]) - now[1];
                if (amount > 0) {
                    now[1] += amount;
                    timeline.put(on, now.clone());
                    out.add(new Posting(loan.loanId(), on, TxnKind.OVERDUE_TRANSFER, amount, due.instalmentId(),
                            due.seq(), key));
                }
            }
            if (chargeDays.contains(on)) {
                long amount = interest(timeline, charged, on, accrual.get());
                charged = on;
                String key = CatchUp.interestKey(loan.loanId(), on);
                if (amount > 0 && !posted.contains(key)) {
                    out.add(new Posting(loan.loanId(), on, TxnKind.INTEREST_CHARGE, amount, null, null, key));
                }
            }
        }
        return out;
    }

    /** Interest over [{@code from}, {@code to}) on the balances of the timeline, rounded once. */
    private static long interest(TreeMap<LocalDate, long[]> timeline, LocalDate from, LocalDate to,
            InterestCalculator.Accrual accrual) {
        if (!to.isAfter(from)) {
            return 0;
        }
        Map.Entry<LocalDate, long[]> opening = timeline.floorEntry(from);
        long[] balance = opening == null ? new long[3] : opening.getValue();
        LocalDate start = from;
        for (Map.Entry<LocalDate, long[]> change : timeline.subMap(from, false, to, false).entrySet()) {
            add(accrual, balance, start, change.getKey());
            start = change.getKey();
            balance = change.getValue();
        }
        add(accrual, balance, start, to);
        return accrual.total().dong();
    }

    private static void add(InterestCalculator.Accrual accrual, long[] balance, LocalDate from, LocalDate to) {
        long inTerm = balance[0] - balance[1] - balance[2];
        accrual.add(Money.of(Math.max(0, inTerm)), Money.of(Math.max(0, balance[1])), from, to);
    }

    private static long pastDue(List<Due> schedule, LocalDate day) {
        long sum = 0;
        for (Due due : schedule) {
            if (due.dueOn().isBefore(day)) {
                sum += due.principalDue();
            }
        }
        return sum;
    }

    /** The point days after the last charge and not before the latest posting, up to {@code through}. */
    static List<LocalDate> chargeDays(Facts loan, LocalDate through) {
        List<LocalDate> result = new ArrayList<>();
        if (loan.pointDay() == null) {
            return result;
        }
        for (int month = 1; ; month++) {
            LocalDate on = RepaymentSchedule.pointDayAfter(loan.disbursedOn(), month, loan.pointDay());
            if (on.isAfter(through)) {
                return result;
            }
            if (on.isAfter(loan.charged()) && !on.isBefore(loan.latest())) {
                result.add(on);
            }
        }
    }
}

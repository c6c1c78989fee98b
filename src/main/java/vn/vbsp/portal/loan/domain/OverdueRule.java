package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.shared.Money;

/**
 * How repaid, frozen and overdue principal lie on the schedule. Principal repaid (and written off) covers the
 * instalments in due order, the earliest first; frozen principal covers the next ones. Whatever of an instalment is
 * neither covered nor frozen the day after its due date is overdue. So the principal that should be overdue at the
 * end of a day is what fell due before that day, less what was settled and what is frozen.
 */
final class OverdueRule {

    private OverdueRule() {
    }

    /** The overdue principal the schedule calls for at the end of {@code day}, given the balances then. */
    static Money target(List<ScheduledInstalment> schedule, Money principal, Balance balance, LocalDate day) {
        return targetWithout(schedule, null, principal, balance, day);
    }

    /** The same, as if {@code moved} (may be null) were not yet due: what an extension of it leaves overdue. */
    static Money targetWithout(List<ScheduledInstalment> schedule, ScheduledInstalment moved, Money principal,
            Balance balance, LocalDate day) {
        long pastDue = schedule.stream().filter(i -> i.getDueOn().isBefore(day))
                .filter(i -> moved == null || !i.getId().equals(moved.getId()))
                .mapToLong(i -> i.getPrincipalDue().dong()).sum();
        return Money.of(target(pastDue, scheduled(schedule), balance.outstanding().dong(), balance.frozen().dong()));
    }

    /**
     * The rule itself, on plain numbers (the book-wide catch-up uses it too): of the principal due before the day
     * ({@code pastDue}), what neither repayment nor freezing covers, at most the principal neither frozen nor repaid.
     * {@code scheduled} is the schedule's total: the principal for a loan disbursed here; for an imported loan only
     * the in-term principal of the as-of date, so that its imported overdue stays overdue and what it repaid before
     * the import does not count as covering its remaining instalments.
     */
    static long target(long pastDue, long scheduled, long outstanding, long frozen) {
        long covered = scheduled - outstanding + frozen;
        long ceiling = outstanding - frozen;
        return Math.max(0, Math.min(pastDue - covered, ceiling));
    }

    /** What of {@code instalment} is still to pay and not frozen, given the balances. */
    static Money unpaid(List<ScheduledInstalment> schedule, ScheduledInstalment instalment, Money principal, Balance balance) {
        long before = 0;
        for (ScheduledInstalment i : schedule.stream().sorted(ScheduledInstalment.DUE_ORDER).toList()) {
            if (i.getId().equals(instalment.getId())) {
                break;
            }
            before += i.getPrincipalDue().dong();
        }
        long covered = settled(schedule, balance) + balance.frozen().dong();
        long due = instalment.getPrincipalDue().dong();
        return Money.of(Math.max(0, Math.min(due, before + due - covered)));
    }

    /** The earliest instalment, in due order, that is not yet fully covered. */
    static Optional<ScheduledInstalment> firstUnpaid(List<ScheduledInstalment> schedule, Money principal, Balance balance) {
        long covered = settled(schedule, balance) + balance.frozen().dong();
        long cumulative = 0;
        for (ScheduledInstalment i : schedule.stream().sorted(ScheduledInstalment.DUE_ORDER).toList()) {
            cumulative += i.getPrincipalDue().dong();
            if (cumulative > covered) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Of the schedule's total, what is no longer outstanding (negative while debt from before the schedule is). */
    private static long settled(List<ScheduledInstalment> schedule, Balance balance) {
        return scheduled(schedule) - balance.outstanding().dong();
    }

    /** The principal the schedule lays out. */
    static long scheduled(List<ScheduledInstalment> schedule) {
        return schedule.stream().mapToLong(i -> i.getPrincipalDue().dong()).sum();
    }
}

package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.loan.domain.InstalmentRows;
import vn.vbsp.portal.loan.domain.ScheduledInstalment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;

/**
 * The one place a loan's schedule is laid against its balances: at the end of a day, principal repaid (or written off)
 * covers the instalments in due order, the earliest first, and frozen principal the next ones; what of an instalment
 * is neither covered nor frozen is unpaid, and overdue once its due date is past (the rule the overdue transfers
 * follow). The household page, the loan page and whoever lists what loans owe on a day read it here, set-wise.
 */
@Service
public class Schedules {

    private final InstalmentRows rows;
    private final LoanBalances balances;

    Schedules(InstalmentRows rows, LoanBalances balances) {
        this.rows = rows;
        this.balances = balances;
    }

    /** One loan's schedule in due order at the end of {@code day}. */
    @Transactional(readOnly = true)
    public List<InstalmentLine> of(long loanId, LocalDate day) {
        return asOf(List.of(loanId), day).getOrDefault(loanId, List.of());
    }

    /** The schedules of many loans in due order at the end of {@code day}; a loan without one maps to nothing. */
    @Transactional(readOnly = true)
    public Map<Long, List<InstalmentLine>> asOf(Collection<Long> loanIds, LocalDate day) {
        Map<Long, List<InstalmentLine>> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        Map<Long, Balance> held = balances.asOf(loanIds, day);
        Map<Long, List<ScheduledInstalment>> rows = this.rows.of(loanIds);
        rows.forEach((loanId, instalments) -> {
            Balance b = held.getOrDefault(loanId, Balance.ZERO);
            long scheduled = instalments.stream().mapToLong(i -> i.getPrincipalDue().dong()).sum();
            // of the schedule's total, what is no longer outstanding (for an imported loan, negative while the debt
            // from before its schedule, overdue or frozen then, is still owed)
            long settled = scheduled - b.outstanding().dong();
            long repaidLeft = Math.max(0, settled);
            long frozenLeft = Math.max(0, b.frozen().dong() + Math.min(0, settled));
            List<InstalmentLine> lines = new ArrayList<>();
            for (ScheduledInstalment i : instalments) {
                long due = i.getPrincipalDue().dong();
                long repaid = Math.min(due, repaidLeft);
                repaidLeft -= repaid;
                long frozen = Math.min(due - repaid, frozenLeft);
                frozenLeft -= frozen;
                LocalDate dueOn = i.getDueOn();
                lines.add(new InstalmentLine(i.getId(), i.getSeq(), dueOn, i.getOriginalDueOn(), i.isExtended(),
                        Money.of(due), Money.of(repaid), Money.of(frozen), dueOn.isBefore(day)));
            }
            result.put(loanId, lines);
        });
        return result;
    }
}

package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final LoanBalances balances;

    Schedules(JdbcClient jdbc, LoanBalances balances) {
        this.jdbc = jdbc;
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
        Map<Long, List<Object[]>> rows = new HashMap<>();
        List<Long> ids = List.copyOf(loanIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            jdbc.sql("""
                    select i.loan_id, i.id, i.seq, i.due_on, i.original_due_on, i.extended, i.principal_due
                    from loan_instalment i
                    where i.loan_id in (:ids)
                    order by i.loan_id, i.due_on, i.seq
                    """).param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000))).query(rs -> {
                        rows.computeIfAbsent(rs.getLong("loan_id"), id -> new ArrayList<>()).add(new Object[] {
                            rs.getLong("id"), rs.getInt("seq"), rs.getObject("due_on", LocalDate.class),
                            rs.getObject("original_due_on", LocalDate.class), rs.getBoolean("extended"),
                            rs.getLong("principal_due")});
                    });
        }
        rows.forEach((loanId, instalments) -> {
            Balance b = held.getOrDefault(loanId, Balance.ZERO);
            long scheduled = instalments.stream().mapToLong(i -> (Long) i[5]).sum();
            // of the schedule's total, what is no longer outstanding (for an imported loan, negative while the debt
            // from before its schedule, overdue or frozen then, is still owed)
            long settled = scheduled - b.outstanding().dong();
            long repaidLeft = Math.max(0, settled);
            long frozenLeft = Math.max(0, b.frozen().dong() + Math.min(0, settled));
            List<InstalmentLine> lines = new ArrayList<>();
            for (Object[] i : instalments) {
                long due = (Long) i[5];
                long repaid = Math.min(due, repaidLeft);
                repaidLeft -= repaid;
                long frozen = Math.min(due - repaid, frozenLeft);
                frozenLeft -= frozen;
                LocalDate dueOn = (LocalDate) i[2];
                lines.add(new InstalmentLine((Long) i[0], (Integer) i[1], dueOn, (LocalDate) i[3], (Boolean) i[4],
                        Money.of(due), Money.of(repaid), Money.of(frozen), dueOn.isBefore(day)));
            }
            result.put(loanId, lines);
        });
        return result;
    }
}

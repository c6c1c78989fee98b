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
        Map<Long, long[]> coverage = new HashMap<>();
        List<Long> ids = List.copyOf(loanIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            jdbc.sql("""
                    select i.loan_id, l.principal, i.id, i.seq, i.due_on, i.original_due_on, i.extended, i.principal_due
                    from loan_instalment i join loan l on l.id = i.loan_id
                    where i.loan_id in (:ids)
                    order by i.loan_id, i.due_on, i.seq
                    """).param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000))).query(rs -> {
                        long loanId = rs.getLong("loan_id");
                        // {repaid and written off not yet laid on an instalment, frozen not yet laid}
                        long[] left = coverage.computeIfAbsent(loanId, id -> {
                            Balance b = held.getOrDefault(id, Balance.ZERO);
                            return new long[] {principal(rs) - b.outstanding().dong(), b.frozen().dong()};
                        });
                        long due = rs.getLong("principal_due");
                        long repaid = Math.max(0, Math.min(due, left[0]));
                        left[0] -= repaid;
                        long frozen = Math.max(0, Math.min(due - repaid, left[1]));
                        left[1] -= frozen;
                        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                        result.computeIfAbsent(loanId, id -> new ArrayList<>()).add(new InstalmentLine(rs.getLong("id"),
                                rs.getInt("seq"), dueOn, rs.getObject("original_due_on", LocalDate.class),
                                rs.getBoolean("extended"), Money.of(due), Money.of(repaid), Money.of(frozen),
                                dueOn.isBefore(day)));
                    });
        }
        return result;
    }

    private static long principal(java.sql.ResultSet rs) {
        try {
            return rs.getLong("principal");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.Money;

/**
 * Many loans' instalment rows read at once in plain SQL, for whoever only reads them (the schedules laid against
 * balances, a sheet's dues, a sheet's postings): no entities kept in the persistence context, so nothing for
 * Hibernate to check at each flush. Changing a schedule goes through {@link ScheduledInstalmentRepository}.
 */
@Component
public class InstalmentRows {

    private final JdbcClient jdbc;

    InstalmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each loan's instalments in due order; a loan without a schedule is absent. */
    public Map<Long, List<ScheduledInstalment>> of(Collection<Long> loanIds) {
        Map<Long, List<ScheduledInstalment>> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select id, loan_id, seq, due_on, principal_due, original_due_on, extended from loan_instalment
                where loan_id = any(:ids) order by loan_id, due_on, seq
                """).param("ids", loanIds.toArray(Long[]::new))
                .query(rs -> {
                    long loanId = rs.getLong("loan_id");
                    result.computeIfAbsent(loanId, k -> new ArrayList<>()).add(ScheduledInstalment.held(rs.getLong("id"),
                            loanId, rs.getInt("seq"), rs.getObject("due_on", LocalDate.class),
                            Money.of(rs.getLong("principal_due")), rs.getObject("original_due_on", LocalDate.class),
                            rs.getBoolean("extended")));
                });
        return result;
    }
}

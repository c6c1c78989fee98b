package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * What is waiting on someone in the lending workflow, for the desks: applications by the step they wait at, risk
 * decisions waiting for the director, checks of use due and late, loans newly transferred to overdue. Within the
 * user's scope.
 */
@Service
@Transactional(readOnly = true)
public class WorkQueues {

    /** A check of use of a new loan not recorded yet. */
    public record UseCheckDue(long loanId, String loanNo, String headName, String groupName, String communeName,
            LocalDate disbursedOn, LocalDate dueBy) {

        public boolean lateOn(LocalDate today) {
            return dueBy.isBefore(today);
        }
    }

    /** A loan whose principal was transferred to overdue in a period, with how much. */
    public record NewlyOverdue(long loanId, String loanNo, String headName, String groupName, String communeName,
            LocalDate transferredOn, long amount) {
    }

    private static final String SCOPE = """
             and (cast(:associationId as integer) is null or l.association_id = :associationId)
             and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
            """;

    private final JdbcClient jdbc;

    WorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applications by status, for the steps that wait: SUBMITTED (review), REVIEWED (certification), CERTIFIED
     * (the director's approval), APPROVED (disbursement). Every step is present, zero when empty.
     */
    public Map<String, Long> applicationsWaiting(UserScope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : new String[] {"SUBMITTED", "REVIEWED", "CERTIFIED", "APPROVED"}) {
            counts.put(status, 0L);
        }
        scoped(jdbc.sql("""
                select a.status, count(*) as n from loan_application a
                left join savings_group g on g.id = a.group_id
                where a.status in ('SUBMITTED', 'REVIEWED', 'CERTIFIED', 'APPROVED')
                  and (cast(:associationId as integer) is null or g.association_id = :associationId)
                  and (cast(:communeId as bigint) is null or a.commune_id = :communeId)
                group by a.status
                """), scope).query(rs -> {
            counts.put(rs.getString("status"), rs.getLong("n"));
        });
        return counts;
    }

    /** Risk decisions (extension, rescheduling, freezing, write-off) proposed and waiting for the director. */
    public long decisionsWaiting(UserScope scope) {
        return scoped(jdbc.sql("""
                select count(*) from loan_decision d join loan l on l.id = d.loan_id where d.status = 'PROPOSED'
                """ + SCOPE), scope).query(Long.class).single();
    }

    /** Checks of use not yet recorded, the longest overdue first. */
    public List<UseCheckDue> useChecksDue(UserScope scope) {
        return scoped(jdbc.sql("""
                select u.loan_id, l.loan_no, h.head_name, g.name as group_name, c.name as commune_name,
                       l.disbursed_on, u.due_by
                from loan_use_check u join loan l on l.id = u.loan_id join household h on h.id = l.household_id
                join commune c on c.id = l.commune_id left join savings_group g on g.id = l.group_id
                where u.checked_on is null and l.status <> 'CANCELLED'
                """ + SCOPE + " order by u.due_by, l.loan_no"), scope)
                .query(UseCheckDue.class).list();
    }

    /** Loans with principal transferred to overdue in [{@code from}, {@code to}] (net of reversals), newest first. */
    public List<NewlyOverdue> newlyOverdue(LocalDate from, LocalDate to, UserScope scope) {
        return scoped(jdbc.sql("""
                select l.id as loan_id, l.loan_no, h.head_name, g.name as group_name, c.name as commune_name,
                       max(t.business_date) as transferred_on, sum(t.d_overdue) as amount
                from loan_txn t
                left join loan_txn o on o.id = t.reverses_id
                join loan l on l.id = t.loan_id join household h on h.id = l.household_id
                join commune c on c.id = l.commune_id left join savings_group g on g.id = l.group_id
                where t.business_date between :from and :to and coalesce(o.kind, t.kind) = 'OVERDUE_TRANSFER'
                """ + SCOPE + """
                group by l.id, l.loan_no, h.head_name, g.name, c.name
                having sum(t.d_overdue) > 0
                order by max(t.business_date) desc, l.loan_no
                """), scope)
                .param("from", from).param("to", to)
                .query(NewlyOverdue.class).list();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, UserScope scope) {
        return spec.param("associationId", scope.associationId()).param("communeId", scope.communeId());
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/** The checks of use of new loans: those waiting, those late, and all of them; an officer sees their own. */
@Service
public class UseCheckQuery {

    /** Which checks to list. */
    public enum Filter { PENDING, LATE, ALL }

    public record Row(long loanId, String loanNo, String headName, String groupName, String associationCode,
            String communeName, String programmeCode, long principal, LocalDate disbursedOn, LocalDate dueBy,
            LocalDate checkedOn, Boolean usedAsIntended, String checker, String note) {

        /** Not checked by its due date: still waiting after it, or checked after it. */
        public boolean lateOn(LocalDate today) {
            return checkedOn == null ? dueBy.isBefore(today) : checkedOn.isAfter(dueBy);
        }
    }

    private static final String SELECT = """
            select u.loan_id, l.loan_no, h.head_name, g.name as group_name, a.code as association_code,
                   c.name as commune_name, p.code as programme_code, l.principal, l.disbursed_on, u.due_by,
                   u.checked_on, u.used_as_intended, u.checker, u.note
            from loan_use_check u join loan l on l.id = u.loan_id join household h on h.id = l.household_id
            join commune c on c.id = l.commune_id join programme p on p.id = l.programme_id
            left join savings_group g on g.id = l.group_id left join association a on a.id = l.association_id
            """;

    private static final String WHERE = """
             where l.status <> 'CANCELLED' and %s
               and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
               and (:filter = 'ALL'
                    or (:filter = 'PENDING' and u.checked_on is null)
                    or (:filter = 'LATE' and ((u.checked_on is null and u.due_by < :today) or u.checked_on > u.due_by)))
            """.formatted(LoanQuery.SCOPE);

    private final JdbcClient jdbc;

    UseCheckQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Paged<Row> list(Filter filter, Long communeId, UserScope scope, LocalDate today, int page) {
        int p = Paged.clamp(page);
        long total = bind(jdbc.sql("select count(*) from loan_use_check u join loan l on l.id = u.loan_id" + WHERE),
                filter, scope, today).param("communeId", communeId).query(Long.class).single();
        // the most recent loans first: those are the checks still worth chasing
        List<Row> rows = bind(jdbc.sql(SELECT + WHERE + " order by u.due_by desc, u.loan_id desc limit :size offset :offset"),
                filter, scope, today).param("communeId", communeId).param("size", Paged.SIZE).param("offset", p * Paged.SIZE)
                .query(Row.class).list();
        return new Paged<>(rows, p, Paged.SIZE, total);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long loanId, UserScope scope) {
        return bind(jdbc.sql(SELECT + WHERE + " and u.loan_id = :loanId"), Filter.ALL, scope, LocalDate.EPOCH)
                .param("loanId", loanId).param("communeId", null).query(Row.class).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, UserScope scope, LocalDate today) {
        return spec.param("filter", filter.name()).param("today", today)
                .param("associationId", scope.associationId()).param("scopeCommuneId", scope.communeId());
    }
}

package vn.vbsp.portal.loan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.UserScope;

/**
 * The one place where money that moved over a period comes from: disbursed, principal repaid, interest paid and
 * charged, written off, summed set-wise from the ledger between two dates (both included) and broken down by a key
 * of the loan. A reversal counts against the kind of the row it reverses, on the day it was posted, so a period
 * that holds both shows nothing moved.
 */
@Service
public class LoanFlows {

    /** What the movements are broken down by: a column of {@code loan}, or nothing (the whole office). */
    public enum By {
        OFFICE("null::bigint"), ASSOCIATION("l.association_id"), COMMUNE("l.commune_id"), PROGRAMME("l.programme_id"),
        GROUP("l.group_id"), LOAN("l.id");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    /**
     * The money moved under one key over the period. {@code key} is the id of the association, commune, programme,
     * group or loan; null for the office, for direct loans by association or group.
     */
    public record Flow(Long key, Money disbursed, Money principalRepaid, Money interestPaid, Money interestCharged,
            Money writtenOff) {

        public static Flow none(Long key) {
            return new Flow(key, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        }

        /** What borrowers paid: principal and interest. */
        public Money collected() {
            return principalRepaid.plus(interestPaid);
        }
    }

    private final JdbcClient jdbc;

    LoanFlows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The flows of every key that moved in [{@code from}, {@code to}], within the user's scope. */
    @Transactional(readOnly = true)
    public List<Flow> between(LocalDate from, LocalDate to, By by, UserScope scope) {
        return query(from, to, by, By.OFFICE, scope, (rs, n) -> flow(rs));
    }

    /** The money moved under a pair of keys (a group and a programme, say); {@code subKey} is the second key. */
    public record KeyedFlow(Long key, Long subKey, Flow flow) {
    }

    /** The flows broken down by two keys at once ({@code by}, then {@code then}), within the user's scope. */
    @Transactional(readOnly = true)
    public List<KeyedFlow> between(LocalDate from, LocalDate to, By by, By then, UserScope scope) {
        return query(from, to, by, then, scope, (rs, n) -> {
            Flow flow = flow(rs);
            long sub = rs.getLong("sub_key");
            return new KeyedFlow(flow.key(), rs.wasNull() ? null : sub, flow);
        });
    }

    private <T> List<T> query(LocalDate from, LocalDate to, By by, By then, UserScope scope,
            RowMapper<T> rows) {
        return jdbc.sql("""
                        select %s as key, %s as sub_key,
                               coalesce(sum(t.d_outstanding) filter (where k.kind = 'DISBURSEMENT'), 0) as disbursed,
                               coalesce(-sum(t.d_outstanding) filter (where k.kind = 'PRINCIPAL_REPAYMENT'), 0) as repaid,
                               coalesce(-sum(t.d_interest) filter (where k.kind = 'INTEREST_PAYMENT'), 0) as interest_paid,
                               coalesce(sum(t.d_interest) filter (where k.kind = 'INTEREST_CHARGE'), 0) as interest_charged,
                               coalesce(-sum(t.d_outstanding) filter (where k.kind = 'WRITE_OFF'), 0) as written_off
                        from loan_txn t
                        join loan l on l.id = t.loan_id
                        left join loan_txn o on o.id = t.reverses_id
                        cross join lateral (select coalesce(o.kind, t.kind) as kind) k
                        where t.business_date between :from and :to
                          and k.kind in ('DISBURSEMENT', 'PRINCIPAL_REPAYMENT', 'INTEREST_PAYMENT', 'INTEREST_CHARGE', 'WRITE_OFF')
                          and (cast(:associationId as integer) is null or l.association_id = :associationId)
                          and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                        group by 1, 2
                        order by 1 nulls first, 2 nulls first
                        """.formatted(by.column, then.column))
                .param("from", from).param("to", to)
                .param("associationId", scope == null ? null : scope.associationId())
                .param("communeId", scope == null ? null : scope.communeId())
                .query(rows)
                .list();
    }

    /** The same, as a map by key; keys with no movement are absent ({@link Flow#none} stands for them). */
    @Transactional(readOnly = true)
    public Map<Long, Flow> byKey(LocalDate from, LocalDate to, By by, UserScope scope) {
        Map<Long, Flow> result = new HashMap<>();
        between(from, to, by, scope).forEach(f -> result.put(f.key(), f));
        return result;
    }

    /** The office's (or the scope's) total over the period. */
    @Transactional(readOnly = true)
    public Flow total(LocalDate from, LocalDate to, UserScope scope) {
        List<Flow> rows = between(from, to, By.OFFICE, scope);
        return rows.isEmpty() ? Flow.none(null) : rows.get(0);
    }

    /**
     * How many loans were disbursed in [{@code from}, {@code to}] under each key, within the user's scope: loans whose
     * disbursements in the period, net of reversals, are above zero. Keys with none are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> loansDisbursed(LocalDate from, LocalDate to, By by, UserScope scope) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.sql("""
                        select key, count(*) as loans from (
                            select %s as key, l.id
                            from loan_txn t
                            join loan l on l.id = t.loan_id
                            left join loan_txn o on o.id = t.reverses_id
                            where t.business_date between :from and :to
                              and coalesce(o.kind, t.kind) = 'DISBURSEMENT'
                              and (cast(:associationId as integer) is null or l.association_id = :associationId)
                              and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                            group by 1, l.id
                            having sum(t.d_outstanding) > 0) d
                        group by key
                        """.formatted(by.column))
                .param("from", from).param("to", to)
                .param("associationId", scope == null ? null : scope.associationId())
                .param("communeId", scope == null ? null : scope.communeId())
                .query(rs -> {
                    long key = rs.getLong("key");
                    result.put(rs.wasNull() ? null : key, rs.getLong("loans"));
                });
        return result;
    }

    /**
     * The loans that paid interest in [{@code from}, {@code to}] (net of reversals), within the user's scope, each
     * with its organisation, commune and principal outstanding at the end of {@code to}: what an entrustment fee is
     * reckoned on. Direct loans (no organisation) are left out.
     */
    @Transactional(readOnly = true)
    public List<InterestPayer> interestPayers(LocalDate from, LocalDate to, UserScope scope) {
        return jdbc.sql("""
                        with paid as (
                            select t.loan_id
                            from loan_txn t
                            left join loan_txn o on o.id = t.reverses_id
                            where t.business_date between :from and :to
                              and coalesce(o.kind, t.kind) = 'INTEREST_PAYMENT'
                            group by t.loan_id
                            having -sum(t.d_interest) > 0)
                        select l.id as loan_id, l.association_id, l.commune_id,
                               (select coalesce(sum(b.d_outstanding), 0) from loan_txn b
                                where b.loan_id = l.id and b.business_date <= :to) as outstanding
                        from paid p join loan l on l.id = p.loan_id
                        where l.association_id is not null
                          and (cast(:associationId as integer) is null or l.association_id = :associationId)
                          and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                        """)
                .param("from", from).param("to", to)
                .param("associationId", scope == null ? null : scope.associationId())
                .param("communeId", scope == null ? null : scope.communeId())
                .query((rs, n) -> new InterestPayer(rs.getLong("loan_id"), rs.getInt("association_id"),
                        rs.getLong("commune_id"), Money.of(rs.getLong("outstanding"))))
                .list();
    }

    /** A loan that paid interest in a period, with its principal outstanding at the period's end. */
    public record InterestPayer(long loanId, int associationId, long communeId, Money outstanding) {
    }

    private static Flow flow(ResultSet rs) throws SQLException {
        long key = rs.getLong("key");
        return new Flow(rs.wasNull() ? null : key, Money.of(rs.getLong("disbursed")), Money.of(rs.getLong("repaid")),
                Money.of(rs.getLong("interest_paid")), Money.of(rs.getLong("interest_charged")),
                Money.of(rs.getLong("written_off")));
    }
}

package vn.vbsp.portal.collection.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.user.UserScope;

/** The reads of a transaction day: its point, its row, its groups and the loans on its sheets. */
@Component
class DayQuery {

    /** A loan on the day's sheets, before its dues are worked out. */
    record LoanRow(long loanId, String loanNo, long householdId, String cccd, String headName, Long groupId,
            String groupCode, String programmeCode) {
    }

    /** A group of the commune, for its sheet's heading. */
    record GroupRow(long id, String code, String name, String associationCode, String leaderName) {
    }

    private final JdbcClient jdbc;

    DayQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Point> point(String communeCode) {
        if (communeCode == null || communeCode.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.id as commune_id, c.code as commune_code, c.name as commune_name, p.id as point_id,
                               p.place, p.day_of_month
                        from commune c join transaction_point p on p.commune_id = c.id
                        where c.code = :code
                        """).param("code", communeCode).query(Point.class).optional();
    }

    Optional<DayRow> day(long pointId, LocalDate date) {
        return jdbc.sql("""
                        select id, status, reason, closed_by, closed_at, counted_cash, expected_cash, close_note
                        from transaction_day where point_id = :p and held_on = :d
                        """).param("p", pointId).param("d", date).query(DayRow.class).optional();
    }

    Optional<Long> loanId(String loanNo) {
        if (loanNo.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("select id from loan where loan_no = :no").param("no", loanNo).query(Long.class).optional();
    }

    Optional<Long> dayIdFor(long communeId, LocalDate date) {
        return jdbc.sql("""
                select d.id from transaction_day d join transaction_point p on p.id = d.point_id
                where p.commune_id = :c and d.held_on = :d
                """).param("c", communeId).param("d", date).query(Long.class).optional();
    }

    /** The commune's active groups within the scope, by code. */
    List<GroupRow> groups(long communeId, UserScope scope) {
        return jdbc.sql("""
                        select g.id, g.code, g.name, a.code as association_code, lh.head_name as leader_name
                        from savings_group g
                        join village v on v.id = g.village_id
                        join association a on a.id = g.association_id
                        left join household lh on lh.id = g.leader_household_id
                        where v.commune_id = :c and g.active
                          and (cast(:associationId as integer) is null or g.association_id = :associationId)
                        order by g.code
                        """).param("c", communeId).param("associationId", scope == null ? null : scope.associationId())
                .query(GroupRow.class).list();
    }

    /**
     * The loans on the day's sheets: the commune's active loans disbursed before the day, of members of their group
     * on the day (direct loans have no group), and those with a line posted that day whatever their state now.
     */
    List<LoanRow> loans(long communeId, LocalDate date, Long dayId, UserScope scope) {
        return jdbc.sql("""
                        select l.id as loan_id, l.loan_no, l.household_id, h.cccd, h.head_name, l.group_id,
                               g.code as group_code, p.code as programme_code
                        from loan l
                        join household h on h.id = l.household_id
                        join programme p on p.id = l.programme_id
                        left join savings_group g on g.id = l.group_id
                        where l.commune_id = :c and l.disbursed_on < :d
                          and (l.status = 'ACTIVE' or exists (select 1 from collection_line cl
                                where cl.loan_id = l.id and cl.transaction_day_id = :dayId and cl.reversed_at is null))
                          and (l.group_id is null or exists (select 1 from group_member m
                                where m.group_id = l.group_id and m.household_id = l.household_id
                                  and m.joined_on <= :d and (m.left_on is null or m.left_on > :d)))
                          and (cast(:associationId as integer) is null or l.association_id = :associationId)
                        order by g.code nulls last, h.head_name, l.loan_no
                        """)
                .param("c", communeId).param("d", date).param("dayId", dayId == null ? -1L : dayId)
                .param("associationId", scope == null ? null : scope.associationId())
                .query(LoanRow.class).list();
    }

    /** The groups (null: the direct loans' sheet) whose sheet posted on the day. */
    Set<Long> postedGroups(Long dayId) {
        Set<Long> posted = new HashSet<>();
        if (dayId == null) {
            return posted;
        }
        jdbc.sql("select group_id from collection_sheet where transaction_day_id = :d and status = 'POSTED'")
                .param("d", dayId).query(rs -> {
                    long id = rs.getLong(1);
                    posted.add(rs.wasNull() ? null : id);
                });
        return posted;
    }

    /** The loans of {@code loanIds} with a line posted (not reversed) on the day. */
    Set<Long> loansPosted(Long dayId, Collection<Long> loanIds) {
        if (dayId == null || loanIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select loan_id from collection_line
                        where transaction_day_id = :d and loan_id in (:ids) and reversed_at is null
                        """).param("d", dayId).param("ids", loanIds).query(Long.class).list());
    }
}

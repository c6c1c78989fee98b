package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * The application screens, read with SQL. An ASSOCIATION officer sees only applications made through groups of
 * their organisation (and commune): the scope is part of every query, so another organisation's application is
 * simply not found.
 */
@Service
public class ApplicationQuery {

    public record Row(long id, LocalDate appliedOn, String headName, String cccd, String communeName, String groupName,
            String programmeCode, long amount, int termMonths, String status) {
    }

    public record View(long id, long householdId, String headName, String cccd, String category, String villageName,
            long communeId, String communeName, Long groupId, String groupCode, String groupName, String associationName,
            int programmeId, String programmeCode, String programmeName, long amount, int termMonths,
            int instalmentMonths, String purpose, LocalDate appliedOn, String status, String preparedBy,
            String decidedBy, String decidedByName, OffsetDateTime decidedAt, LocalDate approvedOn, String rejectionReason,
            LocalDate reviewedOn, String reviewNote, LocalDate certifiedOn, String certificationReference, Long loanId) {
    }

    /** A group with applications waiting for its review meeting. */
    public record GroupWaiting(long id, String code, String name, String communeName, long applications) {
    }

    /** A commune with applications waiting for its certification. */
    public record CommuneWaiting(long id, String name, long applications) {
    }

    private static final String SCOPE = """
            (cast(:associationId as integer) is null or g.association_id = :associationId)
            and (cast(:scopeCommuneId as bigint) is null or a.commune_id = :scopeCommuneId)
            """;

    private static final String ROW = """
            select a.id, a.applied_on, h.head_name, h.cccd, c.name as commune_name, g.name as group_name,
                   p.code as programme_code, a.amount, a.term_months, a.status
            from loan_application a join household h on h.id = a.household_id join commune c on c.id = a.commune_id
            join programme p on p.id = a.programme_id left join savings_group g on g.id = a.group_id
            """;

    private final JdbcClient jdbc;

    ApplicationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Paged<Row> list(String status, Long communeId, UserScope scope, int page) {
        String where = " where " + SCOPE + """
                 and (cast(:status as varchar) is null or a.status = :status)
                 and (cast(:communeId as bigint) is null or a.commune_id = :communeId)
                """;
        int p = Paged.clamp(page);
        long total = scoped(jdbc.sql("select count(*) from loan_application a left join savings_group g on g.id = a.group_id" + where), scope)
                .param("status", blankToNull(status)).param("communeId", communeId).query(Long.class).single();
        List<Row> rows = scoped(jdbc.sql(ROW + where + " order by a.applied_on desc, a.id desc limit :size offset :offset"), scope)
                .param("status", blankToNull(status)).param("communeId", communeId)
                .param("size", Paged.SIZE).param("offset", p * Paged.SIZE)
                .query(Row.class).list();
        return new Paged<>(rows, p, Paged.SIZE, total);
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id, UserScope scope) {
        return scoped(jdbc.sql("""
                select a.id, a.household_id, h.head_name, h.cccd, h.category, v.name as village_name, a.commune_id,
                       c.name as commune_name, a.group_id, g.code as group_code, g.name as group_name,
                       s.name as association_name, a.programme_id, p.code as programme_code, p.name as programme_name,
                       a.amount, a.term_months, a.instalment_months, a.purpose, a.applied_on, a.status, a.prepared_by,
                       a.decided_by, coalesce((select u.full_name from app_user u where u.username = a.decided_by),
                                              a.decided_by) as decided_by_name,
                       a.decided_at, a.approved_on, a.rejection_reason,
                       (select r.held_on from group_review r join group_review_item ri on ri.review_id = r.id
                        where ri.application_id = a.id order by r.held_on desc limit 1) as reviewed_on,
                       (select ri.note from group_review r join group_review_item ri on ri.review_id = r.id
                        where ri.application_id = a.id order by r.held_on desc limit 1) as review_note,
                       (select cc.certified_on from commune_certification cc join commune_certification_item ci
                          on ci.certification_id = cc.id where ci.application_id = a.id
                        order by cc.certified_on desc limit 1) as certified_on,
                       (select cc.reference from commune_certification cc join commune_certification_item ci
                          on ci.certification_id = cc.id where ci.application_id = a.id
                        order by cc.certified_on desc limit 1) as certification_reference,
                       (select l.id from loan l where l.application_id = a.id and l.status <> 'CANCELLED') as loan_id
                from loan_application a join household h on h.id = a.household_id
                join village v on v.id = h.village_id join commune c on c.id = a.commune_id
                join programme p on p.id = a.programme_id left join savings_group g on g.id = a.group_id
                left join association s on s.id = g.association_id
                where a.id = :id and """ + SCOPE), scope)
                .param("id", id).query(View.class).optional();
    }

    /** The group's applications waiting for its review meeting. */
    @Transactional(readOnly = true)
    public List<Row> submittedOfGroup(long groupId) {
        return jdbc.sql(ROW + " where a.group_id = :groupId and a.status = 'SUBMITTED' order by a.applied_on, a.id")
                .param("groupId", groupId).query(Row.class).list();
    }

    /** The commune's applications its People's Committee can certify: agreed by their group, or direct and submitted. */
    @Transactional(readOnly = true)
    public List<Row> readyForCertification(long communeId) {
        return jdbc.sql(ROW + """
                 where a.commune_id = :communeId
                   and (a.status = 'REVIEWED' or (a.group_id is null and a.status = 'SUBMITTED'))
                 order by g.name nulls last, a.applied_on, a.id
                """).param("communeId", communeId).query(Row.class).list();
    }

    @Transactional(readOnly = true)
    public List<GroupWaiting> groupsWaiting() {
        return jdbc.sql("""
                select g.id, g.code, g.name, c.name as commune_name, count(*) as applications
                from loan_application a join savings_group g on g.id = a.group_id join commune c on c.id = a.commune_id
                where a.status = 'SUBMITTED'
                group by g.id, g.code, g.name, c.name
                order by c.name, g.name
                """).query(GroupWaiting.class).list();
    }

    @Transactional(readOnly = true)
    public List<CommuneWaiting> communesWaiting() {
        return jdbc.sql("""
                select c.id, c.name, count(*) as applications
                from loan_application a join commune c on c.id = a.commune_id
                where a.status = 'REVIEWED' or (a.group_id is null and a.status = 'SUBMITTED')
                group by c.id, c.name
                order by c.name
                """).query(CommuneWaiting.class).list();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, UserScope scope) {
        return spec.param("associationId", scope.associationId()).param("scopeCommuneId", scope.communeId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

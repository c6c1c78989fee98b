package vn.vbsp.portal.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * Supervision as the pages read it: the plans of a year with what was done against them, the inspections, and the
 * groups still to inspect. An officer sees only their organisation (and commune); the rest see the office.
 */
@Service
@Transactional(readOnly = true)
public class Supervision {

    /** A commune chapter inspects at least this many borrowers in each group. */
    public static final int BORROWERS_PER_GROUP = 5;
    /** The district level inspects at least this share (percent) of the groups in each commune. */
    public static final int DISTRICT_SHARE_PERCENT = 15;

    private static final String SCOPE = """
             and (cast(:associationId as integer) is null or %1$s.association_id = :associationId)
             and (cast(:communeId as bigint) is null or %1$s.commune_id = :communeId)
            """;

    private static final String INSPECTION_SELECT = """
            select i.id, i.level, i.inspected_on, a.code as association_code, c.name as commune_name,
                   i.group_id, g.code as group_code, g.name as group_name, i.household_id, h.head_name,
                   i.inspector, i.findings, i.result, i.follow_up, i.recorded_by
            from inspection i
            join commune c on c.id = i.commune_id
            left join association a on a.id = i.association_id
            left join savings_group g on g.id = i.group_id
            left join household h on h.id = i.household_id
            """;

    private final JdbcClient jdbc;

    Supervision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan of {@code year} the scope covers, office first, then by organisation, level and commune. */
    public List<PlanProgress> progress(int year, UserScope scope) {
        return scoped(jdbc.sql("""
                select p.id as plan_id, p.year, p.level, p.association_id, a.code as association_code,
                       a.name as association_name, p.commune_id, c.name as commune_name,
                       p.planned_groups, p.planned_borrowers,
                       count(distinct i.group_id)::int as done_groups, count(distinct i.household_id)::int as done_borrowers
                from inspection_plan p
                left join association a on a.id = p.association_id
                left join commune c on c.id = p.commune_id
                left join inspection i on i.plan_id = p.id
                where p.year = :year
                """ + SCOPE.formatted("p") + """
                group by p.id, a.code, a.name, c.name
                order by p.association_id nulls first, p.level desc, c.name nulls first
                """), scope)
                .param("year", year)
                .query(PlanProgress.class).list();
    }

    /** The inspections of {@code year} the scope covers, newest first. */
    public List<InspectionLine> inspections(int year, UserScope scope) {
        return scoped(jdbc.sql(INSPECTION_SELECT + " where extract(year from i.inspected_on) = :year"
                + SCOPE.formatted("i") + " order by i.inspected_on desc, i.id desc"), scope)
                .param("year", year)
                .query(InspectionLine.class).list();
    }

    /** One inspection, if the scope covers it (otherwise as if it did not exist). */
    public Optional<InspectionLine> inspection(long id, UserScope scope) {
        return scoped(jdbc.sql(INSPECTION_SELECT + " where i.id = :id" + SCOPE.formatted("i")), scope)
                .param("id", id)
                .query(InspectionLine.class).optional();
    }

    /**
     * The active groups in the scope with their inspections this year at the scope's level (for the office: any
     * level), those not yet done first.
     */
    public List<GroupDue> groupsDue(int year, UserScope scope) {
        InspectionLevel level = InspectionLevel.of(scope);
        return scoped(jdbc.sql("""
                select g.id as group_id, g.code as group_code, g.name as group_name, c.name as commune_name,
                       a.code as association_code,
                       (select count(*) from group_member m where m.group_id = g.id and m.left_on is null)::int as members,
                       count(i.id)::int as inspections, count(distinct i.household_id)::int as borrowers_inspected,
                       max(i.inspected_on) as last_inspected_on
                from savings_group g
                join village v on v.id = g.village_id
                join commune c on c.id = v.commune_id
                join association a on a.id = g.association_id
                left join inspection i on i.group_id = g.id and extract(year from i.inspected_on) = :year
                     and (:level = 'OFFICE' or i.level = :level)
                where g.active
                  and (cast(:associationId as integer) is null or g.association_id = :associationId)
                  and (cast(:communeId as bigint) is null or v.commune_id = :communeId)
                group by g.id, c.name, a.code
                order by count(i.id) > 0, c.name, g.code
                """), scope)
                .param("year", year).param("level", level.name())
                .query(GroupDue.class).list();
    }

    /** For the district level of an organisation: per commune, its groups, the 15 % it must inspect and those done. */
    public List<CommuneQuota> districtQuotas(int year, int associationId) {
        return jdbc.sql("""
                select c.id as commune_id, c.name as commune_name, count(distinct g.id)::int as groups,
                       ceil(count(distinct g.id) * :share / 100.0)::int as required,
                       count(distinct i.group_id)::int as done
                from savings_group g
                join village v on v.id = g.village_id
                join commune c on c.id = v.commune_id
                left join inspection i on i.group_id = g.id and i.level = 'ASSOCIATION_DISTRICT'
                     and extract(year from i.inspected_on) = :year
                where g.active and g.association_id = :associationId
                group by c.id, c.name
                order by c.name
                """)
                .param("year", year).param("associationId", associationId).param("share", DISTRICT_SHARE_PERCENT)
                .query(CommuneQuota.class).list();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, UserScope scope) {
        return spec.param("associationId", scope.associationId()).param("communeId", scope.communeId());
    }
}

package vn.vbsp.portal.supervision.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.supervision.InspectionLevel;
import vn.vbsp.portal.supervision.InspectionRefused;
import vn.vbsp.portal.supervision.NewInspection;
import vn.vbsp.portal.user.UserScope;

/**
 * Records an inspection at the level of the one who reports it (an officer's chapter, or the office), on a group in
 * their scope, against that year's plan of their level when there is one. Audited.
 */
@Service
public class InspectionService {

    private record GroupPlace(long id, int associationId, long communeId) {
    }

    private final InspectionRepository inspections;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long record(NewInspection cmd, UserScope scope, String username) {
        LocalDate today = LocalDate.now(clock);
        if (cmd.inspectedOn().isAfter(today)) {
            throw new InspectionRefused("inspectedOn", "supervision.error.future");
        }
        if (cmd.inspectedOn().getYear() < 2000) {
            throw new InspectionRefused("inspectedOn", "supervision.error.date");
        }
        GroupPlace group = group(cmd.groupId())
                .filter(g -> scope.covers(g.associationId(), g.communeId()))
                .orElseThrow(() -> new InspectionRefused("groupId", "supervision.error.group"));
        Long household = cmd.borrowerCccd() == null || cmd.borrowerCccd().isBlank() ? null
                : member(cmd.borrowerCccd().strip(), group.id())
                        .orElseThrow(() -> new InspectionRefused("borrowerCccd", "supervision.error.household"));
        InspectionLevel level = InspectionLevel.of(scope);
        Long plan = plan(cmd.inspectedOn().getYear(), level, group).orElse(null);
        Inspection inspection = inspections.save(new Inspection(plan, level, cmd.inspectedOn(), group.id(),
                household, cmd.inspector().strip(), cmd.findings().strip(), cmd.result(),
                blankToNull(cmd.followUp()), username));
        audit.record("INSPECTION_RECORDED", "inspection", inspection.id(), Map.of(), inspection.snapshot());
        return inspection.id();
    }

    private Optional<GroupPlace> group(long id) {
        return jdbc.sql("""
                select g.id, g.association_id, v.commune_id from savings_group g join village v on v.id = g.village_id
                where g.id = :id and g.active
                """).param("id", id).query(GroupPlace.class).optional();
    }

    private Optional<Long> member(String cccd, long groupId) {
        return jdbc.sql("""
                select h.id from household h join group_member m on m.household_id = h.id
                where m.group_id = :g and m.left_on is null and h.cccd = :cccd
                """).param("g", groupId).param("cccd", cccd).query(Long.class).optional();
    }

    private Optional<Long> plan(int year, InspectionLevel level, GroupPlace group) {
        return jdbc.sql("""
                select id from inspection_plan
                where year = :year and level = :level
                  and (:level = 'OFFICE' or association_id = :associationId)
                  and (:level <> 'ASSOCIATION_COMMUNE' or commune_id = :communeId)
                  and (:level = 'ASSOCIATION_COMMUNE' or commune_id is null)
                order by id limit 1
                """)
                .param("year", year).param("level", level.name())
                .param("associationId", group.associationId()).param("communeId", group.communeId())
                .query(Long.class).optional();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

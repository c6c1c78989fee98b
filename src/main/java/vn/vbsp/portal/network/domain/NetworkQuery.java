package vn.vbsp.portal.network.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.network.PointDuty;
import vn.vbsp.portal.network.TeamCheck;
import vn.vbsp.portal.shared.VietnameseText;

/** What the commune screens show, read straight from the tables. */
@Service
public class NetworkQuery {

    /** A line of the commune list. {@code pointDay} is null while the commune has no point. */
    public record CommuneRow(long id, String code, String name, boolean active, Integer pointDay, Boolean pointActive,
            long villages) {
    }

    public record CommuneView(long id, String code, String name, boolean active, long version) {
    }

    public record VillageView(long id, String name, boolean active, long version) {
    }

    public record MemberView(long id, PointDuty duty, String fullName, String position, long version) {
    }

    public record PointView(long id, String place, int dayOfMonth, boolean active, long version, List<MemberView> members) {

        public TeamCheck team() {
            return TeamCheck.of(members.stream().map(MemberView::duty).toList());
        }
    }

    private final JdbcClient jdbc;

    NetworkQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every commune, active or not, in Vietnamese alphabetical order of name. */
    @Transactional(readOnly = true)
    public List<CommuneRow> communes() {
        var collator = VietnameseText.collator();
        return jdbc.sql("""
                select c.id, c.code, c.name, c.active, p.day_of_month as point_day, p.active as point_active,
                       (select count(*) from village v where v.commune_id = c.id and v.active) as villages
                from commune c left join transaction_point p on p.commune_id = c.id
                """)
                .query(CommuneRow.class).list().stream()
                .sorted(Comparator.comparing(CommuneRow::name, collator).thenComparing(CommuneRow::code))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CommuneView> commune(long id) {
        return jdbc.sql("select id, code, name, active, version from commune where id = :id")
                .param("id", id).query(CommuneView.class).optional();
    }

    /** The commune's villages, active first, each group in Vietnamese alphabetical order. */
    @Transactional(readOnly = true)
    public List<VillageView> villages(long communeId) {
        var collator = VietnameseText.collator();
        return jdbc.sql("select id, name, active, version from village where commune_id = :communeId")
                .param("communeId", communeId).query(VillageView.class).list().stream()
                .sorted(Comparator.comparing((VillageView v) -> !v.active()).thenComparing(VillageView::name, collator))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<VillageView> village(long communeId, long villageId) {
        return jdbc.sql("select id, name, active, version from village where id = :id and commune_id = :communeId")
                .param("id", villageId).param("communeId", communeId).query(VillageView.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<PointView> point(long communeId) {
        record Point(long id, String place, int dayOfMonth, boolean active, long version) {
        }
        return jdbc.sql("select id, place, day_of_month, active, version from transaction_point where commune_id = :communeId")
                .param("communeId", communeId).query(Point.class).optional()
                .map(p -> new PointView(p.id(), p.place(), p.dayOfMonth(), p.active(), p.version(), members(p.id())));
    }

    private List<MemberView> members(long pointId) {
        return jdbc.sql("""
                select id, duty, full_name, position, version from transaction_point_member
                where point_id = :pointId
                order by case duty when 'LEADER' then 1 when 'CONTROLLER' then 2 when 'TELLER' then 3 else 4 end, id
                """)
                .param("pointId", pointId)
                .query((rs, n) -> new MemberView(rs.getLong("id"), PointDuty.valueOf(rs.getString("duty")),
                        rs.getString("full_name"), rs.getString("position"), rs.getLong("version")))
                .list();
    }
}

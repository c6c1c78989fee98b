package vn.vbsp.portal.household.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * Reads of households for the screens: the searchable list, one household's page, the village pick list.
 * An ASSOCIATION officer sees only the households that are active members of a group of their organisation (in their
 * commune, for a commune-level officer); the rule is part of every query, so a changed id in a URL meets it too.
 */
@Service
public class HouseholdQuery {

    /** The scope rule, on a household aliased {@code h}. */
    static final String IN_SCOPE = """
            (cast(:associationId as integer) is null or exists (
                select 1 from group_member gm
                join savings_group g on g.id = gm.group_id
                join village gv on gv.id = g.village_id
                where gm.household_id = h.id and gm.left_on is null and gm.association_id = :associationId
                  and (cast(:communeId as bigint) is null or gv.commune_id = :communeId)))
            """;

    /** Vietnamese lists order people by given name (the last word), then by the full name; see V020. */
    private static final String VIETNAMESE_ORDER = """
            substring(rtrim(h.head_name) from '[^ ]+$') collate vietnamese, h.head_name collate vietnamese, h.id
            """;

    private static final String ROW_COLUMNS = """
            h.id, h.cccd, h.head_name, h.birth_date, v.name as village_name, c.name as commune_name, h.category,
            h.review_year
            """;

    private static final String FROM = """
            from household h
            join village v on v.id = h.village_id
            join commune c on c.id = v.commune_id
            """;

    private final JdbcClient jdbc;

    HouseholdQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<HouseholdRow> search(HouseholdCriteria criteria, UserScope scope, Pageable page) {
        // only the conditions asked for go into the statement, so that the planner sees plain predicates
        List<String> where = new ArrayList<>(List.of(IN_SCOPE));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("associationId", scope.associationId());
        params.put("communeId", scope.communeId());
        if (criteria.folded() != null) {
            where.add("h.search_name like :namePattern");
            params.put("namePattern", "%" + escapeLike(criteria.folded()) + "%");
        }
        if (criteria.cccdPrefix() != null) {
            where.add("h.cccd like :cccdPattern");
            params.put("cccdPattern", escapeLike(criteria.cccdPrefix()) + "%");
        }
        if (criteria.communeId() != null) {
            where.add("v.commune_id = :filterCommuneId");
            params.put("filterCommuneId", criteria.communeId());
        }
        if (criteria.category() != null) {
            where.add("h.category = :category");
            params.put("category", criteria.category().name());
        }
        String condition = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) " + FROM + condition).params(params).query(Long.class).single();
        List<HouseholdRow> rows = total == 0 ? List.of()
                : jdbc.sql("select " + ROW_COLUMNS + FROM + condition + " order by " + VIETNAMESE_ORDER
                                + " limit :limit offset :offset")
                        .params(params)
                        .param("limit", page.getPageSize())
                        .param("offset", page.getOffset())
                        .query(HouseholdRow.class).list();
        return new PageImpl<>(rows, page, total);
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdDetail> detail(long id, UserScope scope) {
        Optional<HouseholdDetail> household = jdbc.sql("""
                        select h.id, h.cccd, h.head_name, h.birth_date, h.sex, h.village_id, v.name as village_name,
                               v.commune_id, c.name as commune_name, h.address, h.phone, h.category, h.review_year,
                               h.created_at, null as members, null as groups
                        """ + FROM + " where h.id = :id and " + IN_SCOPE)
                .param("id", id)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(HouseholdDetail.class).optional();
        return household.map(h -> h.with(members(id), groups(id, scope)));
    }

    /** Whether the household exists and lies within the scope. */
    @Transactional(readOnly = true)
    public boolean visible(long id, UserScope scope) {
        return jdbc.sql("select exists (select 1 from household h where h.id = :id and " + IN_SCOPE + ")")
                .param("id", id)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(Boolean.class).single();
    }

    /** Villages in use, grouped by commune in Vietnamese order; {@code alsoVillageId} is kept even if closed. */
    @Transactional(readOnly = true)
    public List<VillageChoices> villageChoices(Long alsoVillageId) {
        record Row(long id, String name, long communeId, String communeName) {
        }
        List<Row> rows = jdbc.sql("""
                        select v.id, v.name, c.id as commune_id, c.name as commune_name
                        from village v join commune c on c.id = v.commune_id
                        where (v.active and c.active) or v.id = :also
                        order by c.name collate vietnamese, c.id, v.name collate vietnamese
                        """)
                .param("also", alsoVillageId == null ? -1L : alsoVillageId)
                .query(Row.class).list();
        Map<Long, VillageChoices> byCommune = new LinkedHashMap<>();
        for (Row row : rows) {
            byCommune.computeIfAbsent(row.communeId(),
                            c -> new VillageChoices(c, row.communeName(), new ArrayList<>()))
                    .villages().add(new VillageChoices.Village(row.id(), row.name()));
        }
        return List.copyOf(byCommune.values());
    }

    private List<HouseholdDetail.Member> members(long householdId) {
        return jdbc.sql("""
                        select id, full_name, relation, birth_year from household_member
                        where household_id = :id order by id
                        """)
                .param("id", householdId)
                .query(HouseholdDetail.Member.class).list();
    }

    /** Memberships, current first; an officer sees only those of their own organisation (and commune). */
    private List<HouseholdDetail.Group> groups(long householdId, UserScope scope) {
        return jdbc.sql("""
                        select g.id as group_id, g.code, g.name, a.code as association_code,
                               a.name as association_name, v.name as village_name, gm.joined_on, gm.left_on
                        from group_member gm
                        join savings_group g on g.id = gm.group_id
                        join association a on a.id = gm.association_id
                        join village v on v.id = g.village_id
                        where gm.household_id = :id
                          and (cast(:associationId as integer) is null or gm.association_id = :associationId)
                          and (cast(:communeId as bigint) is null or v.commune_id = :communeId)
                        order by gm.left_on is not null, gm.joined_on desc, gm.id desc
                        """)
                .param("id", householdId)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(HouseholdDetail.Group.class).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package vn.vbsp.portal.loan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.VietnameseText;

/** What lending needs to know of households and their groups, read straight from their tables. */
@Service
public class Borrowers {

    /** A household as an application names it: the head, the category and where it lives. */
    public record Household(long id, String cccd, String headName, PovertyCategory category, String villageName,
            long communeId, String communeName) {
    }

    /** A savings-and-loan group the household belongs to now. */
    public record Membership(long groupId, String groupCode, String groupName, int associationId, String associationCode) {
    }

    /** A group as a review meeting needs it. */
    public record Group(long id, String code, String name, int associationId, String associationName, long communeId,
            String communeName, boolean active) {
    }

    private static final String HOUSEHOLD = """
            select h.id, h.cccd, h.head_name, h.category, v.name as village_name, c.id as commune_id, c.name as commune_name
            from household h join village v on v.id = h.village_id join commune c on c.id = v.commune_id
            """;

    private final JdbcClient jdbc;

    Borrowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Household> household(long id) {
        return jdbc.sql(HOUSEHOLD + " where h.id = :id").param("id", id).query(Household.class).optional();
    }

    /** Households whose head's CCCD starts with the digits typed, or whose name contains the words typed. */
    @Transactional(readOnly = true)
    public List<Household> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.matches("[0-9]{3,12}")) {
            return jdbc.sql(HOUSEHOLD + " where h.cccd like :prefix order by h.cccd limit :limit")
                    .param("prefix", q + "%").param("limit", limit).query(Household.class).list();
        }
        return jdbc.sql(HOUSEHOLD + " where h.search_name like :name order by h.search_name, h.id limit :limit")
                .param("name", "%" + VietnameseText.fold(q) + "%").param("limit", limit).query(Household.class).list();
    }

    /**
     * Locks the household's row until the transaction ends, so that two applications or approvals for the same
     * household are weighed against its ceiling one after the other.
     */
    public void lockHousehold(long householdId) {
        jdbc.sql("select id from household where id = :id for update").param("id", householdId).query(Long.class).list();
    }

    /** The groups the household is an active member of (left_on is null). */
    @Transactional(readOnly = true)
    public List<Membership> activeGroups(long householdId) {
        return jdbc.sql("""
                select g.id as group_id, g.code as group_code, g.name as group_name, g.association_id, a.code as association_code
                from group_member m join savings_group g on g.id = m.group_id join association a on a.id = g.association_id
                where m.household_id = :householdId and m.left_on is null
                order by a.id
                """).param("householdId", householdId).query(Membership.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<Group> group(long id) {
        return jdbc.sql("""
                select g.id, g.code, g.name, g.association_id, a.name as association_name, c.id as commune_id,
                       c.name as commune_name, g.active
                from savings_group g join association a on a.id = g.association_id
                join village v on v.id = g.village_id join commune c on c.id = v.commune_id
                where g.id = :id
                """).param("id", id).query(Group.class).optional();
    }
}

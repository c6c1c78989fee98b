package vn.vbsp.portal.group.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the group rules need to know about villages and households. Read with SQL: the household module is
 * written separately, and this module does not lean on its classes.
 */
@Component
class GroupFacts {

    record Village(long id, String name, long communeId, String communeName, boolean active) {
    }

    record Household(long id, String headName, long villageId, String villageName, long communeId, String communeName) {
    }

    private final JdbcClient jdbc;

    GroupFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Village> village(long id) {
        return jdbc.sql("""
                select v.id, v.name, v.commune_id, c.name as commune_name, v.active and c.active as active
                from village v join commune c on c.id = v.commune_id
                where v.id = :id
                """).param("id", id).query(Village.class).optional();
    }

    Optional<Household> household(long id) {
        return jdbc.sql("""
                select h.id, h.head_name, h.village_id, v.name as village_name, v.commune_id, c.name as commune_name
                from household h join village v on v.id = h.village_id join commune c on c.id = v.commune_id
                where h.id = :id
                """).param("id", id).query(Household.class).optional();
    }

    String groupCode(long groupId) {
        return jdbc.sql("select code from savings_group where id = :id").param("id", groupId).query(String.class).single();
    }
}

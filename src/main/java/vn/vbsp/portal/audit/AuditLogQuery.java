package vn.vbsp.portal.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the audit log, newest first. */
@Service
public class AuditLogQuery {

    private final JdbcClient jdbc;

    AuditLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> latest(String entity, String entityId, int limit) {
        return jdbc.sql("""
                select id, at, username, action, entity, entity_id, before::text as before, after::text as after
                from audit_log
                where (cast(:entity as varchar) is null or entity = :entity)
                  and (cast(:entityId as varchar) is null or entity_id = :entityId)
                order by at desc, id desc
                limit :limit
                """)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }
}

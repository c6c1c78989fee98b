package vn.vbsp.portal.audit;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the audit log, newest first. */
@Service
public class AuditLogQuery {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditLogQuery(JdbcClient jdbc, @Value("${vbsp.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    private static final String MATCHING = """
            from audit_log
            where (cast(:username as varchar) is null or username = :username)
              and (cast(:action as varchar) is null or action = :action)
              and (cast(:entity as varchar) is null or entity = :entity)
              and (cast(:fromAt as timestamptz) is null or at >= :fromAt)
              and (cast(:toAt as timestamptz) is null or at < :toAt)
            """;

    /** One page of the entries the filter lets through, newest first. */
    public Page<AuditEntry> search(AuditFilter filter, Pageable page) {
        long total = bind(jdbc.sql("select count(*) " + MATCHING), filter).query(Long.class).single();
        List<AuditEntry> rows = bind(jdbc.sql("select id, at, username, action, entity, entity_id, before::text as before,"
                + " after::text as after " + MATCHING + " order by at desc, id desc limit :limit offset :offset"), filter)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(AuditEntry.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The actions and record types the log holds, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_log order by action").query(String.class).list();
    }

    public List<String> entities() {
        return jdbc.sql("select distinct entity from audit_log order by entity").query(String.class).list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter filter) {
        return sql.param("username", filter.username())
                .param("action", filter.action())
                .param("entity", filter.entity())
                .param("fromAt", filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime())
                .param("toAt", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
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

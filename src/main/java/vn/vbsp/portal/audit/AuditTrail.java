package vn.vbsp.portal.audit;

import java.util.Map;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: who did what to which record, with the record before and after. Written in the
 * caller's transaction, so an audited change and its audit row land together or not at all.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private final JdbcTemplate batches;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        recordAs(currentUsername(), action, entity, entityId, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String username, String action, String entity, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                insert into audit_log (username, action, entity, entity_id, before, after)
                values (:username, :action, :entity, :entityId, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("username", username)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** One audit row of a change among many made at once (a whole sheet's loans). */
    public record Entry(Object entityId, Map<String, ?> before, Map<String, ?> after) {
    }

    /** Writes the audit rows of many changes in one batch, as {@link #recordAs} writes one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAllAs(String username, String action, String entity, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = entries.stream().map(e -> new Object[] {username, action, entity,
                e.entityId() == null ? null : e.entityId().toString(),
                e.before() == null ? null : json.writeValueAsString(e.before()),
                e.after() == null ? null : json.writeValueAsString(e.after())}).toList();
        batches.batchUpdate("""
                insert into audit_log (username, action, entity, entity_id, before, after)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """, rows, new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR});
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}

package vn.vbsp.portal.audit;

import java.time.OffsetDateTime;

/** One line of the audit log as screens show it. */
public record AuditEntry(long id, OffsetDateTime at, String username, String action, String entity, String entityId,
        String before, String after) {
}

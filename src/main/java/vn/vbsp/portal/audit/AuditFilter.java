package vn.vbsp.portal.audit;

import java.time.LocalDate;

/**
 * Which audit-log entries to show: by user, action and record type (each exact, null for any) and by the office's
 * calendar days {@code from}..{@code to} (inclusive, null for open).
 */
public record AuditFilter(String username, String action, String entity, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}

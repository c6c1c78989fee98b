package vn.vbsp.portal.audit.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.audit.AuditFilter;

/** The audit page's filter as typed: blanks mean any; the days are the office's calendar days. */
record AuditForm(@Size(max = 100) String username, @Size(max = 100) String action, @Size(max = 100) String entity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

    AuditFilter filter() {
        return new AuditFilter(blankToNull(username), blankToNull(action), blankToNull(entity), from, to);
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

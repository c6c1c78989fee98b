package vn.vbsp.portal.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.audit.AuditLogQuery;

/** ADMIN: the latest entries of the audit log, optionally for one kind of record. */
@Controller
class AuditLogController {

    private final AuditLogQuery audit;

    AuditLogController(AuditLogQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String entity, Model model) {
        String filter = entity == null || entity.isBlank() ? null : entity.strip();
        model.addAttribute("entity", filter);
        model.addAttribute("entries", audit.latest(filter, null, 200));
        return "audit/list";
    }
}

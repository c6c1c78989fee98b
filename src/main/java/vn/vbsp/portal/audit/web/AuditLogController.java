package vn.vbsp.portal.audit.web;

import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vbsp.portal.audit.AuditEntry;
import vn.vbsp.portal.audit.AuditFilter;
import vn.vbsp.portal.audit.AuditLogQuery;

/** ADMIN and DIRECTOR: the audit log, newest first, filtered by user, action, record type and days, a page at a time. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLogQuery audit;

    AuditLogController(AuditLogQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@Valid @ModelAttribute("filter") AuditForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors() && form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
            errors.rejectValue("to", "audit.error.to-before-from");
        }
        AuditFilter filter = errors.hasErrors() ? AuditFilter.ALL : form.filter();
        Page<AuditEntry> entries = audit.search(filter, PageRequest.of(form.pageNumber() - 1, PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("entities", audit.entities());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("username", Optional.ofNullable(filter.username()))
                .queryParamIfPresent("action", Optional.ofNullable(filter.action()))
                .queryParamIfPresent("entity", Optional.ofNullable(filter.entity()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .encode().build().toUriString());
        return "audit/list";
    }
}

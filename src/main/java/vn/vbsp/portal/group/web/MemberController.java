package vn.vbsp.portal.group.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.group.domain.GroupDetail;
import vn.vbsp.portal.group.domain.GroupException;
import vn.vbsp.portal.group.domain.GroupNotFoundException;
import vn.vbsp.portal.group.domain.GroupQuery;
import vn.vbsp.portal.group.domain.GroupService;
import vn.vbsp.portal.group.domain.Notice;
import vn.vbsp.portal.user.CurrentUser;

/** ADMIN, STAFF: find a household by CCCD or name and add it to the group. */
@Controller
@RequestMapping("/groups/{id}/members")
class MemberController {

    private final GroupQuery query;
    private final GroupService service;
    private final Clock clock;

    MemberController(GroupQuery query, GroupService service, Clock clock) {
        this.query = query;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String search(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", new MemberForm(null, LocalDate.now(clock), q));
        return page(visible(id), q, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
            @RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                List<Notice> notices = service.addMember(id, form.householdId(), form.joinedOn());
                redirect.addFlashAttribute("flash", "group.flash.member-added");
                redirect.addFlashAttribute("notices", notices);
                return "redirect:/groups/" + id;
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        return page(group, q, model);
    }

    private String page(GroupDetail group, String q, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("q", q);
        model.addAttribute("hits", query.findHouseholds(q, group.associationId(), group.communeId()));
        return "group/members-new";
    }

    private GroupDetail visible(long id) {
        return query.detail(id, CurrentUser.scope()).orElseThrow(() -> new GroupNotFoundException("group " + id));
    }
}

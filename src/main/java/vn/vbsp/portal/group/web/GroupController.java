package vn.vbsp.portal.group.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.domain.GroupException;
import vn.vbsp.portal.group.domain.GroupQuery;
import vn.vbsp.portal.group.domain.GroupService;
import vn.vbsp.portal.group.domain.VillageChoice;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.ChapterDirectory;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/** The list of groups (everyone, within their scope) and founding a group (ADMIN, STAFF). */
@Controller
class GroupController {

    private final GroupQuery query;
    private final GroupService service;
    private final AssociationDirectory associations;
    private final CommuneDirectory communes;
    private final ChapterDirectory chapters;

    GroupController(GroupQuery query, GroupService service, AssociationDirectory associations, CommuneDirectory communes,
            ChapterDirectory chapters) {
        this.query = query;
        this.service = service;
        this.associations = associations;
        this.communes = communes;
        this.chapters = chapters;
    }

    @GetMapping("/groups")
    String list(@RequestParam Map<String, String> params, Model model) {
        ListForm form = ListForm.from(params);
        model.addAttribute("filter", form);
        UserScope scope = CurrentUser.scope();
        model.addAttribute("groups", query.list(form.filter(), scope, form.pageOrFirst()));
        model.addAttribute("associations", associations.all().stream()
                .filter(a -> scope.associationId() == null || scope.associationId() == a.id()).toList());
        model.addAttribute("communes", communes.all().stream()
                .filter(c -> scope.communeId() == null || scope.communeId() == c.id()).toList());
        model.addAttribute("ratings", GroupRating.values());
        return "group/list";
    }

    @GetMapping("/groups/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String newGroup(@RequestParam(required = false) Long chapterId, Model model) {
        model.addAttribute("form", GroupForm.empty(chapterId));
        return formPage(model);
    }

    @PostMapping("/groups")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = service.create(form.command());
                redirect.addFlashAttribute("flash", "group.flash.created");
                return "redirect:/groups/" + id;
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("chapters", chapters.communeChapters(null, null));
        Map<String, List<VillageChoice>> villages = new LinkedHashMap<>();
        for (VillageChoice v : query.villages()) {
            villages.computeIfAbsent(v.communeName(), k -> new ArrayList<>()).add(v);
        }
        model.addAttribute("villages", villages);
        return "group/new";
    }
}

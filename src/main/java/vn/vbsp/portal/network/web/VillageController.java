package vn.vbsp.portal.network.web;

import jakarta.validation.Valid;
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
import vn.vbsp.portal.network.domain.CommuneService;
import vn.vbsp.portal.network.domain.NetworkNotFoundException;
import vn.vbsp.portal.network.domain.NetworkQuery;
import vn.vbsp.portal.network.domain.NetworkRuleException;

/** A commune's villages: added on the commune page, renamed on their own form, deactivated (never deleted). */
@Controller
@RequestMapping("/communes/{communeId}/villages")
class VillageController {

    private static final String FORM = "network/village-form";

    private final CommuneService communes;
    private final NetworkQuery query;
    private final CommunePage page;

    VillageController(CommuneService communes, NetworkQuery query, CommunePage page) {
        this.communes = communes;
        this.query = query;
        this.page = page;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String add(@PathVariable long communeId, @Valid @ModelAttribute("villageForm") VillageForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                communes.addVillage(communeId, form.name());
                redirect.addFlashAttribute("flash", "network.flash.village-added");
                return "redirect:/communes/" + communeId;
            } catch (NetworkRuleException e) {
                e.addTo(errors);
            }
        }
        return page.show(communeId, model);
    }

    @GetMapping("/{villageId}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String edit(@PathVariable long communeId, @PathVariable long villageId, Model model) {
        var village = village(communeId, villageId);
        model.addAttribute("form", new VillageForm(village.name(), village.version()));
        return form(communeId, village, model);
    }

    @PostMapping("/{villageId}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String rename(@PathVariable long communeId, @PathVariable long villageId, @Valid @ModelAttribute("form") VillageForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var village = village(communeId, villageId);
        if (!errors.hasErrors()) {
            try {
                if (form.version() == null) {
                    throw NetworkRuleException.stale();
                }
                communes.renameVillage(communeId, villageId, form.version(), form.name());
                redirect.addFlashAttribute("flash", "network.flash.village-renamed");
                return "redirect:/communes/" + communeId;
            } catch (NetworkRuleException e) {
                e.addTo(errors);
            }
        }
        return form(communeId, village, model);
    }

    @PostMapping("/{villageId}/active")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String setActive(@PathVariable long communeId, @PathVariable long villageId, @RequestParam boolean active,
            RedirectAttributes redirect) {
        communes.setVillageActive(communeId, villageId, active);
        redirect.addFlashAttribute("flash", active ? "network.flash.village-activated" : "network.flash.village-deactivated");
        return "redirect:/communes/" + communeId;
    }

    private NetworkQuery.VillageView village(long communeId, long villageId) {
        return query.village(communeId, villageId).orElseThrow(() -> new NetworkNotFoundException("village", villageId));
    }

    private String form(long communeId, NetworkQuery.VillageView village, Model model) {
        model.addAttribute("commune", page.commune(communeId));
        model.addAttribute("village", village);
        return FORM;
    }
}

package vn.vbsp.portal.partner.web;

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
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.partner.ChapterLevel;
import vn.vbsp.portal.partner.PartnerUsers;
import vn.vbsp.portal.partner.domain.ChapterRow;
import vn.vbsp.portal.partner.domain.PartnerException;
import vn.vbsp.portal.partner.domain.PartnerNotFoundException;
import vn.vbsp.portal.partner.domain.PartnerQuery;
import vn.vbsp.portal.partner.domain.PartnerService;

/** ADMIN, STAFF: create the district committee or a commune chapter of an organisation; change its chair and phone. */
@Controller
@RequestMapping("/associations/{code}/chapters")
class ChapterController {

    private final AssociationDirectory associations;
    private final PartnerQuery partners;
    private final PartnerService service;
    private final PartnerUsers users;

    ChapterController(AssociationDirectory associations, PartnerQuery partners, PartnerService service, PartnerUsers users) {
        this.associations = associations;
        this.partners = partners;
        this.service = service;
        this.users = users;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String newChapter(@PathVariable String code, @RequestParam(defaultValue = "COMMUNE") ChapterLevel level,
            @RequestParam(required = false) Long communeId, Model model) {
        AssociationSummary association = association(code, model);
        model.addAttribute("form", ChapterForm.empty(level, communeId));
        return newPage(association, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String create(@PathVariable String code, @Valid @ModelAttribute("form") ChapterForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        AssociationSummary association = association(code, model);
        if (form != null && form.level() == ChapterLevel.COMMUNE && form.communeId() == null && !errors.hasFieldErrors("communeId")) {
            errors.rejectValue("communeId", "partner.error.commune-required");
        }
        if (!errors.hasErrors()) {
            try {
                service.createChapter(association.id(), form.command());
                redirect.addFlashAttribute("flash", "partner.flash.chapter-created");
                return "redirect:/associations#" + association.code();
            } catch (PartnerException e) {
                e.addTo(errors);
            }
        }
        return newPage(association, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        ChapterRow chapter = chapter(association(code, model), id);
        model.addAttribute("form", ChapterForm.of(chapter));
        model.addAttribute("chapter", chapter);
        return "partner/chapter-edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String update(@PathVariable String code, @PathVariable long id, @Valid @ModelAttribute("form") ChapterForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        AssociationSummary association = association(code, model);
        ChapterRow chapter = chapter(association, id);
        // level and commune are fixed once the chapter exists; only the chair and phone are taken from the form
        if (!errors.hasFieldErrors("chairName") && !errors.hasFieldErrors("phone")) {
            service.updateChapter(id, form.chairName(), form.phone());
            redirect.addFlashAttribute("flash", "partner.flash.chapter-updated");
            return "redirect:/associations#" + association.code();
        }
        model.addAttribute("chapter", chapter);
        return "partner/chapter-edit";
    }

    private AssociationSummary association(String code, Model model) {
        AssociationSummary association = AssociationController.visible(associations, code, users.currentScope());
        model.addAttribute("association", association);
        return association;
    }

    private String newPage(AssociationSummary association, Model model) {
        model.addAttribute("communes", partners.communesWithoutChapter(association.id()));
        model.addAttribute("levels", ChapterLevel.values());
        return "partner/chapter-new";
    }

    private ChapterRow chapter(AssociationSummary association, long id) {
        return partners.chapter(id, users.currentScope()).filter(c -> c.associationId() == association.id())
                .orElseThrow(() -> new PartnerNotFoundException("chapter " + id));
    }
}

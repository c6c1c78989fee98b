package vn.vbsp.portal.partner.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.partner.PartnerUsers;
import vn.vbsp.portal.partner.domain.ChapterRow;
import vn.vbsp.portal.partner.domain.ContractRow;
import vn.vbsp.portal.partner.domain.PartnerException;
import vn.vbsp.portal.partner.domain.PartnerNotFoundException;
import vn.vbsp.portal.partner.domain.PartnerQuery;
import vn.vbsp.portal.partner.domain.PartnerService;

/** ADMIN, STAFF: record a chapter's entrustment contracts and correct them. */
@Controller
@RequestMapping("/associations/{code}")
class ContractController {

    private final AssociationDirectory associations;
    private final PartnerQuery partners;
    private final PartnerService service;
    private final PartnerUsers users;

    ContractController(AssociationDirectory associations, PartnerQuery partners, PartnerService service, PartnerUsers users) {
        this.associations = associations;
        this.partners = partners;
        this.service = service;
        this.users = users;
    }

    @InitBinder("form")
    void datesRule(WebDataBinder binder) {
        binder.addValidators(new ContractForm.DatesValidator());
    }

    private AssociationSummary association(String code, Model model) {
        AssociationSummary association = AssociationController.visible(associations, code, users.currentScope());
        model.addAttribute("association", association);
        return association;
    }

    @GetMapping("/chapters/{chapterId}/contracts/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String newContract(@PathVariable String code, @PathVariable long chapterId,
            Model model) {
        model.addAttribute("chapter", chapter(association(code, model), chapterId));
        model.addAttribute("form", ContractForm.empty());
        return "partner/contract-form";
    }

    @PostMapping("/chapters/{chapterId}/contracts")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String create(@PathVariable String code, @PathVariable long chapterId,
            @Valid @ModelAttribute("form") ContractForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AssociationSummary association = association(code, model);
        ChapterRow chapter = chapter(association, chapterId);
        if (!errors.hasErrors()) {
            try {
                service.addContract(chapterId, form.command());
                redirect.addFlashAttribute("flash", "partner.flash.contract-created");
                return "redirect:/associations#" + association.code();
            } catch (PartnerException e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("chapter", chapter);
        return "partner/contract-form";
    }

    @GetMapping("/contracts/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        AssociationSummary association = association(code, model);
        ContractRow contract = contract(association, id);
        model.addAttribute("contract", contract);
        model.addAttribute("chapter", chapter(association, contract.chapterId()));
        model.addAttribute("form", ContractForm.of(contract));
        return "partner/contract-form";
    }

    @PostMapping("/contracts/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String update(@PathVariable String code, @PathVariable long id,
            @Valid @ModelAttribute("form") ContractForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AssociationSummary association = association(code, model);
        ContractRow contract = contract(association, id);
        if (!errors.hasErrors()) {
            try {
                service.updateContract(id, form.command());
                redirect.addFlashAttribute("flash", "partner.flash.contract-updated");
                return "redirect:/associations#" + association.code();
            } catch (PartnerException e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("contract", contract);
        model.addAttribute("chapter", chapter(association, contract.chapterId()));
        return "partner/contract-form";
    }

    private ChapterRow chapter(AssociationSummary association, long id) {
        return partners.chapter(id, users.currentScope()).filter(c -> c.associationId() == association.id())
                .orElseThrow(() -> new PartnerNotFoundException("chapter " + id));
    }

    private ContractRow contract(AssociationSummary association, long id) {
        return partners.contract(id, users.currentScope()).filter(c -> c.associationId() == association.id())
                .orElseThrow(() -> new PartnerNotFoundException("contract " + id));
    }
}

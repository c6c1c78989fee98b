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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.network.domain.CommuneService;
import vn.vbsp.portal.network.domain.NetworkQuery;
import vn.vbsp.portal.network.domain.NetworkRuleException;

/** The communes of the office: everyone signed in reads them, ADMIN and STAFF create and change them. */
@Controller
@RequestMapping("/communes")
class CommuneController {

    private static final String FORM = "network/commune-form";

    private final CommuneService communes;
    private final NetworkQuery query;
    private final CommunePage page;

    CommuneController(CommuneService communes, NetworkQuery query, CommunePage page) {
        this.communes = communes;
        this.query = query;
        this.page = page;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("communes", query.communes());
        return "network/communes";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String newCommune(Model model) {
        model.addAttribute("form", CommuneForm.empty());
        return FORM;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String create(@Valid @ModelAttribute("form") CommuneForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            long id = communes.create(form.code(), form.name());
            redirect.addFlashAttribute("flash", "network.flash.commune-created");
            return "redirect:/communes/" + id;
        } catch (NetworkRuleException e) {
            e.addTo(errors);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String edit(@PathVariable long id, Model model) {
        var commune = page.commune(id);
        model.addAttribute("commune", commune);
        model.addAttribute("form", CommuneForm.of(commune));
        return FORM;
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CommuneForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var commune = page.commune(id);
        if (!errors.hasErrors()) {
            try {
                if (form.version() == null) {
                    throw NetworkRuleException.stale();
                }
                communes.update(id, form.version(), form.code(), form.name(), form.active());
                redirect.addFlashAttribute("flash", "network.flash.commune-updated");
                return "redirect:/communes/" + id;
            } catch (NetworkRuleException e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("commune", commune);
        return FORM;
    }
}

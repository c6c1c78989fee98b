package vn.vbsp.portal.programme.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.programme.domain.ProgrammeNotFoundException;
import vn.vbsp.portal.programme.domain.ProgrammeQuery;
import vn.vbsp.portal.programme.domain.ProgrammeQuery.ProgrammeRow;
import vn.vbsp.portal.programme.domain.ProgrammeRuleException;
import vn.vbsp.portal.programme.domain.ProgrammeService;

/** The programme catalogue: everyone signed in reads it; only ADMIN changes terms and adds rates. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private static final String PAGE = "programme/programme";
    private static final String FORM = "programme/edit";

    private final ProgrammeService programmes;
    private final ProgrammeQuery query;
    private final ProgrammeFormValidator programmeValidator;
    private final RateFormValidator rateValidator;
    private final Clock clock;

    ProgrammeController(ProgrammeService programmes, ProgrammeQuery query, ProgrammeFormValidator programmeValidator,
            RateFormValidator rateValidator, Clock clock) {
        this.programmes = programmes;
        this.query = query;
        this.programmeValidator = programmeValidator;
        this.rateValidator = rateValidator;
        this.clock = clock;
    }

    @InitBinder("form")
    void programmeBinder(WebDataBinder binder) {
        binder.addValidators(programmeValidator);
    }

    @InitBinder("rateForm")
    void rateBinder(WebDataBinder binder) {
        binder.addValidators(rateValidator);
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("programmes", query.all(today));
        return "programme/list";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return page(programme(code), model);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, Model model) {
        ProgrammeRow programme = programme(code);
        model.addAttribute("form", ProgrammeForm.of(programme));
        return form(programme, model);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ProgrammeRow programme = programme(code);
        if (!errors.hasErrors()) {
            try {
                if (form.version() == null) {
                    throw new ProgrammeRuleException(null, "programme.error.stale");
                }
                programmes.changeTerms(code, form.version(), form.change());
                redirect.addFlashAttribute("flash", "programme.flash.updated");
                return "redirect:/programmes/" + code;
            } catch (ProgrammeRuleException e) {
                e.addTo(errors);
            }
        }
        return form(programme, model);
    }

    @PostMapping("/{code}/rates")
    @PreAuthorize("hasRole('ADMIN')")
    String addRate(@PathVariable String code, @Valid @ModelAttribute("rateForm") RateForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        ProgrammeRow programme = programme(code);
        if (!errors.hasErrors()) {
            try {
                programmes.addRate(code, form.effectiveFrom(), form.rate(), form.decision(), principal.getName());
                redirect.addFlashAttribute("flash", "programme.flash.rate-added");
                return "redirect:/programmes/" + code;
            } catch (ProgrammeRuleException e) {
                e.addTo(errors);
            }
        }
        return page(programme, model);
    }

    private ProgrammeRow programme(String code) {
        return query.find(code, LocalDate.now(clock)).orElseThrow(() -> new ProgrammeNotFoundException(code));
    }

    private String page(ProgrammeRow programme, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("programme", programme);
        var rates = query.history(programme.id());
        model.addAttribute("rates", rates);
        // the history is newest first: the first rate not after today is the one in force
        model.addAttribute("currentFrom", rates.stream().map(ProgrammeQuery.RateRow::effectiveFrom)
                .filter(d -> !d.isAfter(today)).findFirst().orElse(null));
        model.addAttribute("interestChargedTo", query.lastInterestCharged(programme.id()).orElse(null));
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute("rateForm", RateForm.empty());
        }
        return PAGE;
    }

    private String form(ProgrammeRow programme, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("categories", PovertyCategory.values());
        return FORM;
    }

}

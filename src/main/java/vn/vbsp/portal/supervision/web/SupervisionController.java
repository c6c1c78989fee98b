package vn.vbsp.portal.supervision.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.shared.BadParameter;
import vn.vbsp.portal.supervision.InspectionLevel;
import vn.vbsp.portal.supervision.InspectionRefused;
import vn.vbsp.portal.supervision.InspectionResult;
import vn.vbsp.portal.supervision.Supervision;
import vn.vbsp.portal.supervision.domain.InspectionService;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/** The year's plans against what was done, the inspections, and the form to record one. */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

    private final Supervision supervision;
    private final InspectionService service;
    private final Clock clock;

    SupervisionController(Supervision supervision, InspectionService service, Clock clock) {
        this.supervision = supervision;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String year, Model model) {
        int y = year(year);
        UserScope scope = CurrentUser.scope();
        model.addAttribute("year", y);
        model.addAttribute("plans", supervision.progress(y, scope));
        model.addAttribute("inspections", supervision.inspections(y, scope));
        model.addAttribute("level", InspectionLevel.of(scope));
        return "supervision/overview";
    }

    @GetMapping("/inspections/{id}")
    String inspection(@PathVariable long id, Model model) {
        model.addAttribute("inspection", supervision.inspection(id, CurrentUser.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "supervision/inspection";
    }

    @GetMapping("/inspections/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR','ASSOCIATION')")
    String form(@RequestParam(required = false) Long groupId, Model model) {
        model.addAttribute("form", InspectionForm.blank(LocalDate.now(clock), groupId, CurrentUser.get().fullName()));
        return form(model);
    }

    @PostMapping("/inspections")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR','ASSOCIATION')")
    String record(@Valid @ModelAttribute("form") InspectionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.record(form.command(), CurrentUser.scope(), CurrentUser.username());
            redirect.addFlashAttribute("flash", "supervision.recorded");
            return "redirect:/supervision/inspections/" + id;
        } catch (InspectionRefused e) {
            errors.rejectValue(e.field(), e.messageKey(), e.messageKey());
            return form(model);
        }
    }

    private String form(Model model) {
        UserScope scope = CurrentUser.scope();
        model.addAttribute("groups", supervision.groupsDue(LocalDate.now(clock).getYear(), scope));
        model.addAttribute("results", InspectionResult.values());
        model.addAttribute("level", InspectionLevel.of(scope));
        return "supervision/form";
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter("supervision.error.year");
    }
}

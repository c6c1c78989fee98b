package vn.vbsp.portal.loan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.loan.domain.ApplicationQuery;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApplicationStatus;
import vn.vbsp.portal.loan.domain.Borrowers;
import vn.vbsp.portal.loan.domain.LoanNotFoundException;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.user.CurrentUser;

/** Applications (01/TD): the list, recording a new one for a household, and an application's page. */
@Controller
@RequestMapping("/loans/applications")
class ApplicationController {

    private static final String FORM = "loan/application-new";

    private final ApplicationService applications;
    private final ApplicationQuery query;
    private final Borrowers borrowers;
    private final ProgrammeCatalogue catalogue;
    private final CommuneDirectory communes;
    private final Clock clock;

    ApplicationController(ApplicationService applications, ApplicationQuery query, Borrowers borrowers,
            ProgrammeCatalogue catalogue, CommuneDirectory communes, Clock clock) {
        this.applications = applications;
        this.query = query;
        this.borrowers = borrowers;
        this.catalogue = catalogue;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long communeId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String chosen = status != null && isStatus(status) ? status : null;
        model.addAttribute("applications", query.list(chosen, communeId, CurrentUser.scope(), page));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("communes", communes.all());
        model.addAttribute("status", chosen);
        model.addAttribute("communeId", communeId);
        return "loan/applications";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String newApplication(@RequestParam(required = false) String q, @RequestParam(required = false) Long householdId,
            Model model) {
        model.addAttribute("q", q);
        if (householdId == null) {
            model.addAttribute("found", borrowers.search(q, 30));
            return FORM;
        }
        Borrowers.Household household = borrowers.household(householdId)
                .orElseThrow(() -> new LoanNotFoundException("household", householdId));
        Long group = borrowers.activeGroups(householdId).stream().findFirst().map(Borrowers.Membership::groupId).orElse(null);
        model.addAttribute("form", ApplicationForm.start(householdId, group, LocalDate.now(clock), UUID.randomUUID().toString()));
        return form(household, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String create(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (form.householdId() == null) {
            return "redirect:/loans/applications/new";
        }
        Borrowers.Household household = borrowers.household(form.householdId())
                .orElseThrow(() -> new LoanNotFoundException("household", form.householdId()));
        if (!errors.hasErrors()) {
            try {
                long id = applications.apply(new ApplicationService.NewApplication(form.householdId(), form.groupId(),
                        form.programmeId(), form.amount(), form.termMonths(), form.instalmentMonths(), form.purpose(),
                        form.appliedOn(), form.token()), CurrentUser.username());
                redirect.addFlashAttribute("flash", "loan.flash.applied");
                return "redirect:/loans/applications/" + id;
            } catch (LoanRuleException e) {
                Refusals.reject(errors, e);
            }
        }
        return form(household, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ApplicationQuery.View application = find(id);
        model.addAttribute("loanApp", application);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("token", UUID.randomUUID().toString());
        model.addAttribute("rate", catalogue.rateOn(application.programmeCode(),
                application.approvedOn() != null ? application.approvedOn() : LocalDate.now(clock)));
        return "loan/application";
    }

    /** The approval notice (04/TD), to print and send back through the organisation and the group. */
    @GetMapping("/{id}/notice")
    String notice(@PathVariable long id, Model model) {
        ApplicationQuery.View application = find(id);
        if (application.approvedOn() == null) {
            throw new LoanNotFoundException("approval notice", id);
        }
        model.addAttribute("loanApp", application);
        model.addAttribute("rate", catalogue.rateOn(application.programmeCode(), application.approvedOn()));
        model.addAttribute("overdueRatePct", catalogue.find(application.programmeId()).orElseThrow().overdueRatePct());
        return "loan/notice";
    }

    private ApplicationQuery.View find(long id) {
        return query.find(id, CurrentUser.scope()).orElseThrow(() -> new LoanNotFoundException("application", id));
    }

    private String form(Borrowers.Household household, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("memberships", borrowers.activeGroups(household.id()));
        model.addAttribute("programmes", catalogue.all().stream().filter(p -> p.active()).toList());
        model.addAttribute("intervals", RepaymentSchedule.INTERVALS.stream().sorted().toList());
        return FORM;
    }

    private static boolean isStatus(String status) {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.name().equals(status)) {
                return true;
            }
        }
        return false;
    }
}

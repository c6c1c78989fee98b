package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.LoanNotFoundException;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.UseCheckQuery;
import vn.vbsp.portal.loan.domain.UseCheckService;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.user.CurrentUser;

/** The checks of use within 30 days of disbursement: the list (late ones flagged) and recording a result. */
@Controller
@RequestMapping("/loans/use-checks")
class UseCheckController {

    private final UseCheckQuery query;
    private final UseCheckService checks;
    private final CommuneDirectory communes;
    private final Clock clock;

    UseCheckController(UseCheckQuery query, UseCheckService checks, CommuneDirectory communes, Clock clock) {
        this.query = query;
        this.checks = checks;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "PENDING") String filter, @RequestParam(required = false) Long communeId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        UseCheckQuery.Filter chosen = parse(filter);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("checks", query.list(chosen, communeId, CurrentUser.scope(), today, page));
        model.addAttribute("communes", communes.all());
        model.addAttribute("communeId", communeId);
        model.addAttribute("filter", chosen.name());
        model.addAttribute("filters", UseCheckQuery.Filter.values());
        model.addAttribute("today", today);
        return "loan/use-checks";
    }

    @GetMapping("/{loanId}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','ASSOCIATION')")
    String form(@PathVariable long loanId, Model model) {
        model.addAttribute("check", query.find(loanId, CurrentUser.scope())
                .orElseThrow(() -> new LoanNotFoundException("use check", loanId)));
        model.addAttribute("today", LocalDate.now(clock));
        return "loan/use-check";
    }

    @PostMapping("/{loanId}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','ASSOCIATION')")
    String record(@PathVariable long loanId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
            @RequestParam(required = false) Boolean usedAsIntended, @RequestParam(required = false) String checker,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        // the organisation records the checks of its own loans only: another's is as if it did not exist
        query.find(loanId, CurrentUser.scope()).orElseThrow(() -> new LoanNotFoundException("use check", loanId));
        try {
            checks.record(loanId, checkedOn == null ? LocalDate.now(clock) : checkedOn, usedAsIntended, checker, note,
                    CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.use-checked");
            return "redirect:/loans/use-checks";
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
            return "redirect:/loans/use-checks/" + loanId;
        }
    }

    private static UseCheckQuery.Filter parse(String filter) {
        for (UseCheckQuery.Filter f : UseCheckQuery.Filter.values()) {
            if (f.name().equalsIgnoreCase(filter)) {
                return f;
            }
        }
        return UseCheckQuery.Filter.PENDING;
    }
}

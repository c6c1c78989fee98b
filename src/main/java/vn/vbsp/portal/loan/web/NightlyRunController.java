package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.NightlyRun;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.user.CurrentUser;

/** The administrator starts the nightly run by hand, e.g. after the server was down for some nights. */
@Controller
@RequestMapping("/loans/nightly-run")
@PreAuthorize("hasRole('ADMIN')")
class NightlyRunController {

    private final NightlyRun run;
    private final Formats fmt;
    private final Clock clock;

    NightlyRunController(NightlyRun run, Formats fmt, Clock clock) {
        this.run = run;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        return "loan/nightly-run";
    }

    @PostMapping
    String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate through,
            RedirectAttributes redirect) {
        try {
            NightlyRun.Result result = run.run(through == null ? LocalDate.now(clock) : through, CurrentUser.username());
            Refusals.done(redirect, "loan.nightly.done", fmt.date(result.through()), result.loans(), result.transfers(),
                    result.charges(), result.failures());
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return "redirect:/loans/nightly-run";
    }
}

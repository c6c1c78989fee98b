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
import vn.vbsp.portal.loan.BookUpToDate;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.NightlyRun;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.user.CurrentUser;

/**
 * How far the book is caught up: the last runs (nightly, at start-up, after missed nights, after an import, by hand),
 * their duration and result, for ADMIN and DIRECTOR; the administrator starts a run by hand.
 */
@Controller
@RequestMapping("/loans/nightly-run")
class NightlyRunController {

    private final NightlyRun run;
    private final BookUpToDate book;
    private final Formats fmt;
    private final Clock clock;

    NightlyRunController(NightlyRun run, BookUpToDate book, Formats fmt, Clock clock) {
        this.run = run;
        this.book = book;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR')")
    String page(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("last", book.last().orElse(null));
        model.addAttribute("lastCompleted", book.lastCompleted().orElse(null));
        model.addAttribute("runs", book.recent(10));
        model.addAttribute("behind", book.notCaughtUpFor(today));
        return "loan/nightly-run";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
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

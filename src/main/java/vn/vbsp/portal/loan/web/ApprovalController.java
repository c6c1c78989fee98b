package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.shared.SubmitOnce;

/**
 * What happens to an application after it is recorded: the director approves or rejects it, staff withdraw it or
 * pay it out. Each answers with the application's page (or the new loan's) and a message.
 */
@Controller
@RequestMapping("/loans/applications/{id}")
class ApprovalController {

    private final ApprovalService approvals;
    private final ApplicationService applications;
    private final DisbursementService disbursements;
    private final Clock clock;

    ApprovalController(ApprovalService approvals, ApplicationService applications, DisbursementService disbursements,
            Clock clock) {
        this.approvals = approvals;
        this.applications = applications;
        this.disbursements = disbursements;
        this.clock = clock;
    }

    @PostMapping("/approve")
    @PreAuthorize("hasRole('DIRECTOR')")
    String approve(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate,
            RedirectAttributes redirect) {
        try {
            approvals.approve(id, orToday(businessDate), CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.approved");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/reject")
    @PreAuthorize("hasRole('DIRECTOR')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            approvals.reject(id, reason, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.rejected");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            applications.withdraw(id, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.withdrawn");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/disburse")
    @SubmitOnce
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String disburse(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate,
            @RequestParam(defaultValue = "true") boolean atPoint, @RequestParam(required = false) String token,
            RedirectAttributes redirect) {
        try {
            long loanId = disbursements.disburse(id, orToday(businessDate), atPoint, token, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.disbursed");
            return "redirect:/loans/" + loanId;
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
            return page(id);
        }
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String page(long id) {
        return "redirect:/loans/applications/" + id;
    }
}

package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.shared.SubmitOnce;

/** Money posted on a loan from its page: principal, interest, settlement, and the director's same-day cancellation. */
@SubmitOnce
@Controller
@RequestMapping("/loans/{id}")
class PostingController {

    private final RepaymentService repayments;
    private final DisbursementService disbursements;
    private final Clock clock;

    PostingController(RepaymentService repayments, DisbursementService disbursements, Clock clock) {
        this.repayments = repayments;
        this.disbursements = disbursements;
        this.clock = clock;
    }

    @PostMapping("/principal")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String principal(@PathVariable long id, @ModelAttribute PaymentForm form, BindingResult errors,
            @RequestParam Map<String, String> typed, RedirectAttributes redirect) {
        if (Typed.refused(errors, "principal-form", typed, redirect)) {
            return page(id);
        }
        try {
            repayments.repayPrincipal(id, orToday(form.businessDate()), form.amount(), form.token(), CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.principal-paid");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/interest")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String interest(@PathVariable long id, @ModelAttribute PaymentForm form, BindingResult errors,
            @RequestParam Map<String, String> typed, RedirectAttributes redirect) {
        if (Typed.refused(errors, "interest-form", typed, redirect)) {
            return page(id);
        }
        try {
            repayments.payInterest(id, orToday(form.businessDate()), form.amount(), form.token(), CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.interest-paid");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/settle")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String settle(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate,
            @RequestParam(required = false) String token, RedirectAttributes redirect) {
        try {
            repayments.settle(id, orToday(businessDate), token, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.settled");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/cancel")
    @PreAuthorize("hasRole('DIRECTOR')")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            disbursements.cancel(id, reason, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.cancelled");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String page(long id) {
        return "redirect:/loans/" + id;
    }
}

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
import vn.vbsp.portal.loan.domain.DecisionKind;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.RiskService;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.shared.SubmitOnce;

/** Risk decisions on a loan: staff propose, the director approves or rejects. */
@SubmitOnce
@Controller
@RequestMapping("/loans/{id}/decisions")
class DecisionController {

    private final RiskService risks;
    private final Clock clock;

    DecisionController(RiskService risks, Clock clock) {
        this.risks = risks;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String propose(@PathVariable long id, @ModelAttribute ProposalForm form, BindingResult errors,
            @RequestParam Map<String, String> typed, RedirectAttributes redirect) {
        if (Typed.refused(errors, "proposal-form", typed, redirect)) {
            return page(id);
        }
        try {
            risks.propose(id, new RiskService.Proposal(form.kind(), form.decisionNo(), form.reason(),
                    orToday(form.effectiveOn()), form.amount(), form.instalmentId(), form.newDueOn(),
                    form.newIntervalMonths()), CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.proposed");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/{decisionId}/approve")
    @PreAuthorize("hasRole('DIRECTOR')")
    String approve(@PathVariable long id, @PathVariable long decisionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate,
            RedirectAttributes redirect) {
        try {
            risks.approve(decisionId, orToday(businessDate), CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.decision-approved");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    @PostMapping("/{decisionId}/reject")
    @PreAuthorize("hasRole('DIRECTOR')")
    String reject(@PathVariable long id, @PathVariable long decisionId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            risks.reject(decisionId, reason, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.decision-rejected");
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
        }
        return page(id);
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String page(long id) {
        return "redirect:/loans/" + id + "#decisions";
    }
}

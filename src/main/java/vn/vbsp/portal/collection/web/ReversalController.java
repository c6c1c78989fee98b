package vn.vbsp.portal.collection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.collection.domain.CollectionService;
import vn.vbsp.portal.collection.domain.DayCorrections;
import vn.vbsp.portal.collection.domain.DayNotFoundException;
import vn.vbsp.portal.loan.LedgerLine;
import vn.vbsp.portal.loan.LoanBook;
import vn.vbsp.portal.loan.LoanLine;
import vn.vbsp.portal.shared.RuleViolation;
import vn.vbsp.portal.user.CurrentUser;

/** The screen to reverse a mistaken repayment: a loan's payments, each reversible by a director with a reason. */
@Controller
@RequestMapping("/transaction-days/reversals")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
class ReversalController {

    private static final Set<String> REVERSIBLE = Set.of("PRINCIPAL_REPAYMENT", "INTEREST_PAYMENT");

    private final LoanBook loans;
    private final DayCorrections corrections;
    private final CollectionService desk;
    private final MessageSource messages;
    private final Clock clock;

    ReversalController(LoanBook loans, DayCorrections corrections,
            CollectionService desk, MessageSource messages, Clock clock) {
        this.loans = loans;
        this.corrections = corrections;
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String find(@RequestParam(required = false) String loanNo, Model model) {
        model.addAttribute("loanNo", loanNo);
        if (loanNo != null && !loanNo.isBlank()) {
            Optional<LoanLine> loan = desk.loanId(loanNo.strip()).flatMap(id -> loans.loan(id, LocalDate.now(clock)));
            model.addAttribute("found", loan.isPresent());
            loan.ifPresent(l -> {
                model.addAttribute("loan", l);
                model.addAttribute("payments", payments(l.id()));
            });
        }
        return "collection/reversal";
    }

    @PostMapping("/{loanId}/{txnId}")
    @PreAuthorize("hasRole('DIRECTOR')")
    String reverse(@PathVariable long loanId, @PathVariable long txnId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        LedgerLine payment = payments(loanId).stream().filter(p -> p.id() == txnId).findFirst()
                .orElseThrow(() -> new DayNotFoundException("txn " + txnId));
        LoanLine loan = loans.loan(loanId, LocalDate.now(clock)).orElseThrow();
        try {
            corrections.reversePayment(loanId, txnId, payment.kind(), desk.dayIdFor(loan.communeId(),
                    payment.businessDate()).orElse(null), reason, CurrentUser.username());
            redirect.addFlashAttribute("flash", "collection.flash.reversed");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        redirect.addAttribute("loanNo", loan.loanNo());
        return "redirect:/transaction-days/reversals";
    }

    /** The loan's repayments and interest payments not yet reversed, newest first. */
    private List<LedgerLine> payments(long loanId) {
        List<LedgerLine> rows = loans.transactions(loanId);
        Set<Long> reversed = rows.stream().map(LedgerLine::reversesId).filter(id -> id != null).collect(Collectors.toSet());
        return rows.stream().filter(r -> REVERSIBLE.contains(r.kind()) && !reversed.contains(r.id())).toList();
    }
}

package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.Schedules;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.loan.domain.DecisionKind;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanNotFoundException;
import vn.vbsp.portal.loan.domain.LoanQuery;
import vn.vbsp.portal.loan.domain.LoanStatus;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.CurrentUser;

/** The loan list and a loan's page: balances today and on a chosen day, schedule, ledger, decisions. */
@Controller
@RequestMapping("/loans")
class LoanController {

    private final LoanQuery query;
    private final LoanBalances balances;
    private final Schedules schedules;
    private final RepaymentService repayments;
    private final DisbursementService disbursements;
    private final CommuneDirectory communes;
    private final Clock clock;

    LoanController(LoanQuery query, LoanBalances balances, Schedules schedules, RepaymentService repayments,
            DisbursementService disbursements, CommuneDirectory communes, Clock clock) {
        this.query = query;
        this.balances = balances;
        this.schedules = schedules;
        this.repayments = repayments;
        this.disbursements = disbursements;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long communeId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        String chosen = status != null && List.of("ACTIVE", "SETTLED", "WRITTEN_OFF", "CANCELLED").contains(status) ? status : null;
        model.addAttribute("loans", query.list(communeId, chosen, q, CurrentUser.scope(), today, page));
        model.addAttribute("communes", communes.all());
        model.addAttribute("statuses", LoanStatus.values());
        model.addAttribute("communeId", communeId);
        model.addAttribute("status", chosen);
        model.addAttribute("q", q);
        model.addAttribute("today", today);
        return "loan/loans";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LoanQuery.View loan = query.find(id, CurrentUser.scope()).orElseThrow(() -> new LoanNotFoundException("loan", id));
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        List<LoanQuery.LedgerRow> ledger = query.ledger(id);
        List<LoanQuery.DecisionRow> decisions = query.decisions(id);
        model.addAttribute("loan", loan);
        model.addAttribute("today", today);
        model.addAttribute("asOf", day);
        model.addAttribute("balanceToday", balances.asOf(id, today));
        model.addAttribute("balanceAsOf", balances.asOf(id, day));
        // before the disbursement nothing was owed yet: show the schedule as it stood on the day of disbursement
        LocalDate scheduleDay = day.isBefore(loan.disbursedOn()) ? loan.disbursedOn() : day;
        model.addAttribute("schedule", schedules.of(id, scheduleDay));
        model.addAttribute("ledger", ledger);
        model.addAttribute("decisions", decisions);
        model.addAttribute("useCheck", query.useCheck(id).orElse(null));
        boolean active = "ACTIVE".equals(loan.status());
        model.addAttribute("active", active);
        model.addAttribute("quote", active ? repayments.settlementQuote(id, today) : null);
        model.addAttribute("pending", decisions.stream().anyMatch(d -> "PROPOSED".equals(d.status())));
        model.addAttribute("cancellable", active && disbursements.cancellable(id));
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("intervals", RepaymentSchedule.INTERVALS.stream().sorted().toList());
        model.addAttribute("token", UUID.randomUUID().toString());
        return "loan/loan";
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.shared.Money;

/**
 * Risk handling with decisions: staff propose (with the decision number and the reason), the director approves or
 * rejects, and only an approval changes the ledger and the schedule. The director cannot approve what they prepared.
 */
@Service
public class RiskService {

    /** A proposal as staff type it; which fields matter depends on the kind. */
    public record Proposal(DecisionKind kind, String decisionNo, String reason, LocalDate effectiveOn, Money amount,
            Long instalmentId, LocalDate newDueOn, Integer newIntervalMonths) {
    }

    static final String ENTITY = "loan_decision";

    private final LoanDecisionRepository decisions;
    private final ScheduledInstalmentRepository instalments;
    private final LoanDesk desk;
    private final Ledger ledger;
    private final LoanBalances balances;
    private final RiskRules rules;
    private final RiskPostings postings;
    private final AuditTrail audit;

    RiskService(LoanDecisionRepository decisions, ScheduledInstalmentRepository instalments, LoanDesk desk,
            Ledger ledger, LoanBalances balances, RiskRules rules, RiskPostings postings, AuditTrail audit) {
        this.decisions = decisions;
        this.instalments = instalments;
        this.desk = desk;
        this.ledger = ledger;
        this.balances = balances;
        this.rules = rules;
        this.postings = postings;
        this.audit = audit;
    }

    /** Records a proposal after checking it against the loan as it stands on its date. */
    @Transactional
    public long propose(long loanId, Proposal proposal, String by) {
        Loan loan = desk.lock(loanId);
        ledger.checkOpen(loan);
        if (proposal.kind() == null) {
            throw LoanRuleException.at("kind", "loan.error.kind-required");
        }
        String number = clean(proposal.decisionNo());
        String reason = clean(proposal.reason());
        if (number.isEmpty()) {
            throw LoanRuleException.at("decisionNo", "loan.error.decision-no-required");
        }
        if (reason.isEmpty()) {
            throw LoanRuleException.at("reason", "loan.error.reason-required");
        }
        LocalDate on = proposal.effectiveOn();
        ledger.checkExisted(loan, on);
        if (decisions.existsByLoanIdAndStatus(loanId, DecisionStatus.PROPOSED)) {
            throw new LoanRuleException("loan.error.decision-pending");
        }
        Balance held = balances.asOf(loanId, on);
        List<ScheduledInstalment> schedule = instalments.findByLoanIdOrderBySeq(loanId);
        Money amount = switch (proposal.kind()) {
            case EXTENSION -> rules.extension(loan, schedule, proposal.instalmentId(), proposal.newDueOn(), on, held).unpaid();
            case RESCHEDULE -> rules.reschedule(loan, schedule, proposal.newIntervalMonths(), on, held);
            case FREEZE -> rules.freeze(proposal.amount(), held);
            case WRITE_OFF -> rules.writeOff(proposal.amount(), held);
        };
        LoanDecision decision = decisions.saveAndFlush(new LoanDecision(loanId, proposal.kind(), number, reason, amount, on,
                proposal.kind() == DecisionKind.EXTENSION ? proposal.instalmentId() : null,
                proposal.kind() == DecisionKind.EXTENSION ? proposal.newDueOn() : null,
                proposal.kind() == DecisionKind.RESCHEDULE ? proposal.newIntervalMonths() : null, by));
        audit.recordAs(by, "LOAN_DECISION_PROPOSED", ENTITY, decision.getId(), null, decision.auditView());
        return decision.getId();
    }

    /**
     * Approves a proposal with effect on {@code on} (not in the future, not before the loan's latest posting): the
     * ledger row and the schedule change are written now.
     */
    @Transactional
    public void approve(long decisionId, LocalDate on, String director) {
        LoanDecision decision = proposed(decisionId, director);
        LoanDesk.Opened opened = desk.open(decision.getLoanId(), on, director);
        List<LedgerEntry> posted = new ArrayList<>();
        Money amount = postings.apply(opened.loan(), decision, on, posted, director);
        var before = decision.auditView();
        decision.approved(director, ledger.now(), on, amount);
        desk.closeIfCleared(opened, LoanStatus.WRITTEN_OFF);
        audit.recordAs(director, "LOAN_DECISION_APPROVED", ENTITY, decisionId, before, decision.auditView());
        desk.audit("LOAN_" + decision.getKind(), opened, posted, director);
    }

    @Transactional
    public void reject(long decisionId, String reason, String director) {
        LoanDecision decision = proposed(decisionId, director);
        String why = clean(reason);
        if (why.isEmpty()) {
            throw LoanRuleException.at("reason", "loan.error.reason-required");
        }
        var before = decision.auditView();
        decision.rejected(director, ledger.now(), why);
        audit.recordAs(director, "LOAN_DECISION_REJECTED", ENTITY, decisionId, before, decision.auditView());
    }

    private LoanDecision proposed(long decisionId, String director) {
        long loanId = decisions.loanIdOf(decisionId).orElseThrow(() -> new LoanNotFoundException(ENTITY, decisionId));
        desk.lock(loanId);
        LoanDecision decision = decisions.findById(decisionId).orElseThrow();
        if (decision.getStatus() != DecisionStatus.PROPOSED) {
            throw new LoanRuleException("loan.error.decision-not-proposed");
        }
        if (decision.getPreparedBy().equals(director)) {
            throw new LoanRuleException("loan.error.maker-checker");
        }
        return decision;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}

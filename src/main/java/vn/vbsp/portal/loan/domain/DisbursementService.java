package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.Instalment;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.shared.Formats;

/**
 * Paying out an approved application: the loan account, its repayment schedule on the commune point's day, the
 * DISBURSEMENT row and the check of use due within 30 days, all in one transaction. A disbursement entered by
 * mistake is cancelled the same day by the director with a reversal, never deleted.
 */
@Service
public class DisbursementService {

    static final String ENTITY = "loan";

    private final LoanApplicationRepository applications;
    private final LoanRepository loans;
    private final ScheduledInstalmentRepository instalments;
    private final LedgerEntryRepository entries;
    private final UseCheckRepository checks;
    private final Borrowers borrowers;
    private final CommuneDirectory communes;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Formats fmt;

    DisbursementService(LoanApplicationRepository applications, LoanRepository loans,
            ScheduledInstalmentRepository instalments, LedgerEntryRepository entries, UseCheckRepository checks,
            Borrowers borrowers, CommuneDirectory communes, Ledger ledger, JdbcClient jdbc, AuditTrail audit,
            Formats fmt) {
        this.applications = applications;
        this.loans = loans;
        this.instalments = instalments;
        this.entries = entries;
        this.checks = checks;
        this.borrowers = borrowers;
        this.communes = communes;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.fmt = fmt;
    }

    static String key(String token) {
        return token == null || token.isBlank() ? null : "DISB:" + token;
    }

    /**
     * Pays out the application on {@code disbursedOn} and answers the new loan's id. The same form sent twice answers
     * the loan the first one opened; an application not approved, or already paid out, is refused.
     */
    @Transactional
    public long disburse(long applicationId, LocalDate disbursedOn, boolean atPoint, String token, String by) {
        String key = key(token);
        if (key != null) {
            Optional<LedgerEntry> sent = entries.findByIdempotencyKey(key);
            if (sent.isPresent()) {
                return sent.get().getLoanId();
            }
        }
        LoanApplication application = applications.lock(applicationId)
                .orElseThrow(() -> new LoanNotFoundException(ApplicationService.ENTITY, applicationId));
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new LoanRuleException("loan.error.not-approved",
                    LoanRuleException.label("loan.application.status." + application.getStatus()));
        }
        ledger.checkNotFuture(disbursedOn);
        if (disbursedOn.isBefore(application.getApprovedOn())) {
            throw LoanRuleException.at("businessDate", "loan.error.before-approval", fmt.date(disbursedOn),
                    fmt.date(application.getApprovedOn()));
        }
        Integer associationId = null;
        if (application.getGroupId() != null) {
            boolean member = borrowers.activeGroups(application.getHouseholdId()).stream()
                    .anyMatch(m -> m.groupId() == application.getGroupId());
            if (!member) {
                throw new LoanRuleException("loan.error.not-member");
            }
            associationId = borrowers.group(application.getGroupId()).orElseThrow().associationId();
        }
        Integer pointDay = communes.find(application.getCommuneId()).map(CommuneSummary::pointDay).orElse(null);
        if (pointDay == null) {
            throw new LoanRuleException("loan.error.no-point");
        }

        List<Instalment> schedule = RepaymentSchedule.instalments(application.getAmount(), disbursedOn,
                application.getTermMonths(), application.getInstalmentMonths(), pointDay);
        LocalDate maturity = RepaymentSchedule.maturity(disbursedOn, application.getTermMonths(), pointDay);
        Loan loan = loans.saveAndFlush(new Loan(loanNo(disbursedOn), application, associationId, disbursedOn, maturity));
        for (Instalment instalment : schedule) {
            instalments.save(new ScheduledInstalment(loan.getId(), instalment.seq(), instalment.dueOn(), instalment.principalDue()));
        }
        LedgerEntry entry = ledger.post(LedgerEntry.of(loan.getId(), disbursedOn, TxnKind.DISBURSEMENT, loan.getPrincipal().dong())
                .moves(loan.getPrincipal().dong(), 0, 0, 0).key(key)
                .note(atPoint ? "Giải ngân tại điểm giao dịch xã" : "Giải ngân tại trụ sở Phòng giao dịch"), by);
        checks.save(new UseCheck(loan.getId(), disbursedOn));
        var applicationBefore = application.auditView();
        application.disbursed();

        audit.recordAs(by, "LOAN_APPLICATION_DISBURSED", ApplicationService.ENTITY, applicationId, applicationBefore,
                application.auditView());
        Map<String, Object> after = new LinkedHashMap<>(loan.auditView());
        after.put("ledger", entry.auditView());
        after.put("instalments", schedule.size());
        audit.recordAs(by, "LOAN_DISBURSED", ENTITY, loan.getId(), null, after);
        return loan.getId();
    }

    /**
     * Cancels a disbursement entered today by mistake, before anything else was posted on the loan: a reversal row
     * negates it, the loan is CANCELLED and the application is approved again.
     */
    @Transactional
    public void cancel(long loanId, String reason, String director) {
        Loan loan = loans.lock(loanId).orElseThrow(() -> new LoanNotFoundException(ENTITY, loanId));
        ledger.checkOpen(loan);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw LoanRuleException.at("reason", "loan.error.reason-required");
        }
        List<LedgerEntry> rows = entries.findByLoanIdOrderById(loanId);
        if (!sameDayOnly(rows)) {
            throw new LoanRuleException("loan.error.cancel-same-day");
        }
        LedgerEntry disbursement = rows.get(0);
        Map<String, Object> before = loan.auditView();
        LedgerEntry reversal = ledger.post(LedgerEntry.reversalOf(disbursement).note("Hủy giải ngân: " + why)
                .key("CANCEL:" + disbursement.getId()), director);
        loan.closed(LoanStatus.CANCELLED);
        if (loan.getApplicationId() != null) {
            LoanApplication application = applications.lock(loan.getApplicationId()).orElseThrow();
            var applicationBefore = application.auditView();
            application.disbursementCancelled();
            audit.recordAs(director, "LOAN_APPLICATION_DISBURSEMENT_CANCELLED", ApplicationService.ENTITY,
                    application.getId(), applicationBefore, application.auditView());
        }
        Map<String, Object> after = new LinkedHashMap<>(loan.auditView());
        after.put("ledger", reversal.auditView());
        audit.recordAs(director, "LOAN_DISBURSEMENT_CANCELLED", ENTITY, loanId, before, after);
    }

    /** Whether the director may still cancel the loan's disbursement today. */
    @Transactional(readOnly = true)
    public boolean cancellable(long loanId) {
        return loans.findById(loanId).filter(Loan::isActive).isPresent() && sameDayOnly(entries.findByLoanIdOrderById(loanId));
    }

    /** The ledger holds the disbursement alone, entered today. */
    private boolean sameDayOnly(List<LedgerEntry> rows) {
        return rows.size() == 1 && rows.get(0).getKind() == TxnKind.DISBURSEMENT
                && ledger.dayOf(rows.get(0).getPostedAt()).equals(ledger.today());
    }

    private String loanNo(LocalDate disbursedOn) {
        long next = jdbc.sql("select nextval('loan_no_seq')").query(Long.class).single();
        return String.format("PGD-%d-%06d", disbursedOn.getYear(), next);
    }
}

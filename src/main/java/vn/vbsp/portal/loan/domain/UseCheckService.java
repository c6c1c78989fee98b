package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Formats;

/** Records what the organisation found when it checked the use of a new loan (kiểm tra sau cho vay). */
@Service
public class UseCheckService {

    private final UseCheckRepository checks;
    private final LoanRepository loans;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Formats fmt;

    UseCheckService(UseCheckRepository checks, LoanRepository loans, Ledger ledger, AuditTrail audit, Formats fmt) {
        this.checks = checks;
        this.loans = loans;
        this.ledger = ledger;
        this.audit = audit;
        this.fmt = fmt;
    }

    @Transactional
    public void record(long loanId, LocalDate checkedOn, Boolean usedAsIntended, String checker, String note, String by) {
        Loan loan = loans.lock(loanId).orElseThrow(() -> new LoanNotFoundException(DisbursementService.ENTITY, loanId));
        UseCheck check = checks.findById(loanId).orElseThrow(() -> new LoanNotFoundException("loan_use_check", loanId));
        if (loan.getStatus() == LoanStatus.CANCELLED) {
            throw new LoanRuleException("loan.error.closed", loan.getLoanNo(), LoanRuleException.label("loan.status.CANCELLED"));
        }
        ledger.checkNotFuture(checkedOn);
        if (checkedOn.isBefore(loan.getDisbursedOn())) {
            throw LoanRuleException.at("checkedOn", "loan.error.before-disbursement", fmt.date(checkedOn),
                    fmt.date(loan.getDisbursedOn()));
        }
        if (usedAsIntended == null) {
            throw LoanRuleException.at("usedAsIntended", "loan.error.use-result-required");
        }
        String who = checker == null ? "" : checker.strip();
        if (who.isEmpty()) {
            throw LoanRuleException.at("checker", "loan.error.checker-required");
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (!usedAsIntended && remark == null) {
            throw LoanRuleException.at("note", "loan.error.use-note-required");
        }
        var before = check.auditView();
        check.record(checkedOn, usedAsIntended, who, remark, by);
        audit.recordAs(by, "LOAN_USE_CHECKED", "loan_use_check", loanId, before, check.auditView());
    }
}

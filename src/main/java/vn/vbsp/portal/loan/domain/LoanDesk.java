package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;

/**
 * What every posting on an existing loan does around its own rows: lock the loan, make sure it is open and the date
 * is one it can take, bring overdue transfers and interest charges up to that date first, and afterwards close the
 * loan when nothing is owed any more and write the audit row with the balances before and after.
 */
@Component
class LoanDesk {

    /** A loan locked for one use case, brought up to its business date. */
    record Opened(Loan loan, LocalDate date, Balance before, CatchUp.Result caughtUp) {
    }

    private final LoanRepository loans;
    private final Ledger ledger;
    private final CatchUp catchUp;
    private final LoanBalances balances;
    private final AuditTrail audit;

    LoanDesk(LoanRepository loans, Ledger ledger, CatchUp catchUp, LoanBalances balances, AuditTrail audit) {
        this.loans = loans;
        this.ledger = ledger;
        this.catchUp = catchUp;
        this.balances = balances;
        this.audit = audit;
    }

    Loan lock(long loanId) {
        return loans.lock(loanId).orElseThrow(() -> new LoanNotFoundException(DisbursementService.ENTITY, loanId));
    }

    /** Locks the loan, checks it takes a posting on {@code date}, and posts what fell due up to that date. */
    Opened open(long loanId, LocalDate date, String by) {
        Loan loan = lock(loanId);
        ledger.checkOpen(loan);
        ledger.checkDate(loan, date);
        Balance before = balances.asOf(loanId, date);
        CatchUp.Result caughtUp = catchUp.bringUpTo(loan, date, by);
        return new Opened(loan, date, before, caughtUp);
    }

    /** Closes the loan as {@code status} when nothing is owed at the end of the date. */
    boolean closeIfCleared(Opened opened, LoanStatus status) {
        Balance now = balances.asOf(opened.loan().getId(), opened.date());
        if (!now.cleared()) {
            return false;
        }
        opened.loan().closed(status);
        return true;
    }

    /** The audit row of a posting: balances and status before, the rows posted (catch-up included) and after. */
    void audit(String action, Opened opened, List<LedgerEntry> posted, String by) {
        Loan loan = opened.loan();
        Map<String, Object> before = view(loan, opened.before());
        before.put("status", LoanStatus.ACTIVE.name());
        Map<String, Object> after = view(loan, balances.asOf(loan.getId(), opened.date()));
        after.put("status", loan.getStatus().name());
        List<Object> rows = new ArrayList<>();
        opened.caughtUp().posted().forEach(e -> rows.add(e.auditView()));
        posted.forEach(e -> rows.add(e.auditView()));
        after.put("ledger", rows);
        audit.recordAs(by, action, DisbursementService.ENTITY, loan.getId(), before, after);
    }

    static Map<String, Object> view(Loan loan, Balance balance) {
        return view(loan.getLoanNo(), balance);
    }

    /** A loan's balances as its audit rows show them. */
    static Map<String, Object> view(String loanNo, Balance balance) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("loanNo", loanNo);
        view.put("outstanding", balance.outstanding().dong());
        view.put("overdue", balance.overdue().dong());
        view.put("frozen", balance.frozen().dong());
        view.put("interestOwed", balance.interestOwed().dong());
        return view;
    }
}

package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.domain.DueReckoning;

/**
 * What loans owe on a day, set-wise, for the collection sheets: from the ledger's balances ({@link LoanBalances}),
 * the schedule as the overdue rule reads it, and the interest the month's charge adds on the point day (the nightly
 * run posts it only at the end of that day, after the collections).
 */
@Service
public class LoanDues {

    private final DueReckoning reckoning;

    LoanDues(DueReckoning reckoning) {
        this.reckoning = reckoning;
    }

    /** What each loan owes at the end of {@code date}; a loan without postings owes nothing. */
    @Transactional(readOnly = true)
    public Map<Long, LoanDue> asOf(Collection<Long> loanIds, LocalDate date) {
        return reckoning.asOf(loanIds, date);
    }
}

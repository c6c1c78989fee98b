package vn.vbsp.portal.loan;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/** A loan was opened and paid out; published in the transaction that wrote it. */
public record LoanDisbursed(long loanId, String loanNo, long applicationId, long householdId, long communeId,
        int programmeId, Money principal, LocalDate disbursedOn) {
}

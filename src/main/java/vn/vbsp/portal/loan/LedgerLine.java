package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.vbsp.portal.shared.Money;

/**
 * One row of a loan's ledger (loan_txn) with the signed movements it makes, and the outstanding principal once it and
 * every row before it are counted.
 */
public record LedgerLine(long id, LocalDate businessDate, String kind, Money amount, Money outstandingChange,
        Money overdueChange, Money frozenChange, Money interestChange, Long reversesId, String reference,
        String note, String postedBy, OffsetDateTime postedAt, Money outstandingAfter) {
}

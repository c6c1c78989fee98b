package vn.vbsp.portal.loan;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/**
 * A loan with its balances at the end of a day (the sums of its ledger rows up to then). The group and organisation
 * are null for a direct loan.
 */
public record LoanLine(long id, String loanNo, long householdId, String programmeCode, String programmeName,
        Integer associationId, String associationCode, Long groupId, String groupCode, String groupName,
        long communeId, Money principal, LocalDate disbursedOn, LocalDate maturityOn, String status,
        Money outstanding, Money overdue, Money frozen, Money interestOwed) {

    /** The same loan with its balances on another day. */
    LoanLine with(Balance balance) {
        return new LoanLine(id, loanNo, householdId, programmeCode, programmeName, associationId, associationCode, groupId,
                groupCode, groupName, communeId, principal, disbursedOn, maturityOn, status, balance.outstanding(),
                balance.overdue(), balance.frozen(), balance.interestOwed());
    }

    /** Outstanding that is neither overdue nor frozen. */
    public Money inTerm() {
        return outstanding.minus(overdue).minus(frozen);
    }
}

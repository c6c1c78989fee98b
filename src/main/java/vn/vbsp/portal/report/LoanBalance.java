package vn.vbsp.portal.report;

import java.time.LocalDate;

/** One loan and its balances at the end of a day, as a group's page in the portfolio report lists it. */
public record LoanBalance(long loanId, String loanNo, long householdId, String householdName, String programmeCode, String programmeName,
        long principal, LocalDate disbursedOn, LocalDate maturityOn, long outstanding, long overdue, long frozen,
        long interest) {
}

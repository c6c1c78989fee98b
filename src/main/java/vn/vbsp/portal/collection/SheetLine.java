package vn.vbsp.portal.collection;

import vn.vbsp.portal.shared.Money;

/**
 * One loan on a 13/TD sheet with what it owes at the end of the day: {@code interestDue} is interest owed and unpaid
 * (normal and overdue), {@code principalDue} the overdue principal plus instalments due on or before the day.
 * {@code groupId}/{@code groupCode} are null for a direct loan booked at the commune.
 */
public record SheetLine(long loanId, String loanNo, long householdId, String cccd, String headName, Long groupId,
        String groupCode, String programmeCode, Money outstanding, Money overdue, Money overdueInterest,
        Money interestDue, Money overduePrincipal, Money principalDue, Money savingsBalance, Money expectedDeposit) {
}

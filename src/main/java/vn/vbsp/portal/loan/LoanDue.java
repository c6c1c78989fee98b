package vn.vbsp.portal.loan;

import vn.vbsp.portal.shared.Money;

/**
 * What a loan owes at the end of a day, as a collection sheet shows it: the balances, the interest owed with the
 * month's charge that falls due by then included ({@code interestDue}, of which {@code overdueInterest} was charged in
 * earlier months and is still unpaid), and the principal due: the overdue principal plus the instalments due on or
 * before the day and not yet covered.
 */
public record LoanDue(long loanId, Money outstanding, Money overdue, Money frozen, Money interestDue,
        Money overdueInterest, Money overduePrincipal, Money principalDue) {

    /** Interest charged this month and unpaid (the normal part of {@code interestDue}). */
    public Money currentInterest() {
        return interestDue.minus(overdueInterest);
    }
}

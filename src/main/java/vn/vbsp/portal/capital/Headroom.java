package vn.vbsp.portal.capital;

import vn.vbsp.portal.shared.Money;

/**
 * A commune's capital plan for one programme and year against what it has used: lent this year, and approved but
 * not yet paid out.
 */
public record Headroom(int year, long communeId, int programmeId, Money plan, Money disbursed, Money approvedWaiting) {

    /** What is still free to approve: plan − disbursed − approved waiting (negative when overspent). */
    public Money left() {
        return plan.minus(disbursed).minus(approvedWaiting);
    }

    public boolean covers(Money amount) {
        return left().compareTo(amount) >= 0;
    }
}

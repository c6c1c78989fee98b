package vn.vbsp.portal.savings;

import vn.vbsp.portal.shared.Money;

/**
 * A member's savings in one group at the end of a day, and the deposit expected at the next meeting (the amount of
 * the latest deposit; zero when none was made). {@code accountId} is null when the member has no account yet.
 */
public record SavingsBalance(long householdId, long groupId, Long accountId, Money balance, Money expectedDeposit) {
}

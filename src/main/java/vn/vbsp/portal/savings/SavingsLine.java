package vn.vbsp.portal.savings;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/** A member's savings account in a group (tiền gửi tổ viên) with its balance at the end of a day. */
public record SavingsLine(long accountId, long householdId, long groupId, String groupCode, String groupName,
        String associationCode, LocalDate openedOn, Money balance) {
}

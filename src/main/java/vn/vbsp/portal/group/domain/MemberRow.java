package vn.vbsp.portal.group.domain;

import java.time.LocalDate;

/**
 * A household of the group with its loans through the group (count of loans still outstanding, outstanding and
 * overdue principal) and its savings balance in the group. {@code memberId} is null for a household that has a loan or
 * savings in the group's book but no membership record.
 */
public record MemberRow(Long memberId, long householdId, String cccd, String headName, String villageName,
        LocalDate joinedOn, LocalDate leftOn, long loans, long outstanding, long overdue, long savings) {

    public boolean active() {
        return memberId != null && leftOn == null;
    }
}

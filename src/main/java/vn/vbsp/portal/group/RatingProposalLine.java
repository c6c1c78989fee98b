package vn.vbsp.portal.group;

import java.time.OffsetDateTime;

/** An association officer's rating proposal for a group and year, with the DIRECTOR's decision once there is one. */
public record RatingProposalLine(long id, long groupId, String groupCode, String groupName, String communeName,
        int year, GroupRating rating, String note, String proposedBy, OffsetDateTime proposedAt, ProposalStatus status,
        String decidedBy, OffsetDateTime decidedAt, String decisionReason) {

    public boolean pending() {
        return status == ProposalStatus.PENDING;
    }
}

package vn.vbsp.portal.group.domain;

import java.time.LocalDate;

/** A group as its page shows it. */
public record GroupDetail(long id, String code, String name, int associationId, String associationCode,
        String associationName, long chapterId, long villageId, String villageName, long communeId, String communeName,
        LocalDate foundedOn, boolean active, Long leaderHouseholdId, String leaderName, Long deputyHouseholdId,
        String deputyName, long activeMembers) {

    /** Outside the 5–60 households a group should have. */
    public boolean sizeOutOfRange() {
        return activeMembers < GroupService.MIN_MEMBERS || activeMembers > GroupService.MAX_MEMBERS;
    }
}

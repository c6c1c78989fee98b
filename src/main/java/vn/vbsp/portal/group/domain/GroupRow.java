package vn.vbsp.portal.group.domain;

import java.time.LocalDate;
import vn.vbsp.portal.group.GroupRating;

/** A line of the group list. */
public record GroupRow(long id, String code, String name, int associationId, String associationCode, long communeId,
        String communeName, String villageName, LocalDate foundedOn, boolean active, long members, String leaderName,
        Integer ratingYear, GroupRating rating) {
}

package vn.vbsp.portal.group.domain;

import vn.vbsp.portal.group.GroupRating;

/** What the group list is narrowed to: organisation, commune, latest rating, and a part of the name or code. */
public record GroupFilter(Integer associationId, Long communeId, GroupRating rating, String q) {

    public static GroupFilter none() {
        return new GroupFilter(null, null, null, null);
    }
}

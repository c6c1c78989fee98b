package vn.vbsp.portal.group.domain;

/**
 * A household found when adding members, with what would stop it from joining: its active group of the same
 * organisation, if any, and its commune.
 */
public record HouseholdHit(long id, String cccd, String headName, String category, String villageName, long communeId,
        String communeName, Long currentGroupId, String currentGroupCode) {
}

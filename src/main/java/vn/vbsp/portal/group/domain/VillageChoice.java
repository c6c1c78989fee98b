package vn.vbsp.portal.group.domain;

/** A village in the pick list of the new-group form. */
public record VillageChoice(long id, String name, long communeId, String communeName) {
}

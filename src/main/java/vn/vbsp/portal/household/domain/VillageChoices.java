package vn.vbsp.portal.household.domain;

import java.util.List;

/** The villages of one commune, for the village pick list (grouped by commune). */
public record VillageChoices(long communeId, String communeName, List<Village> villages) {

    public record Village(long id, String name) {
    }
}

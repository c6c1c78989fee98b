package vn.vbsp.portal.partner;

/**
 * A chapter of an entrusting organisation as other modules need it (pick lists, checks):
 * the district committee ({@code communeId == null}) or the chapter of one commune.
 */
public record ChapterSummary(long id, int associationId, String associationCode, String associationName,
        ChapterLevel level, Long communeId, String communeName) {

    public boolean isCommuneLevel() {
        return level == ChapterLevel.COMMUNE;
    }
}

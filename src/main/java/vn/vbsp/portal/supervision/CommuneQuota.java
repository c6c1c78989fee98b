package vn.vbsp.portal.supervision;

/** The district level's duty in one commune: at least 15 % of the organisation's groups there, rounded up. */
public record CommuneQuota(long communeId, String communeName, int groups, int required, int done) {

    public boolean met() {
        return done >= required;
    }
}

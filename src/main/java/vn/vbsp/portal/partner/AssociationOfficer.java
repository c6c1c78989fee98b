package vn.vbsp.portal.partner;

/** A user of role ASSOCIATION working for one organisation, at district level ({@code communeId == null}) or in one commune. */
public record AssociationOfficer(long userId, String username, String fullName, Long communeId, String communeName,
        boolean enabled) {

    public boolean isDistrictLevel() {
        return communeId == null;
    }
}

package vn.vbsp.portal.user;

/**
 * What part of the office's book a user may see. Everyone but an ASSOCIATION officer sees the whole office;
 * an officer sees the groups of one organisation, in the whole district ({@code communeId == null})
 * or in one commune.
 */
public record UserScope(Role role, Integer associationId, Long communeId) implements java.io.Serializable {

    public static UserScope wholeOffice(Role role) {
        return new UserScope(role, null, null);
    }

    public boolean isWholeOffice() {
        return associationId == null;
    }

    /** Whether a record of the given organisation and commune lies within this scope. */
    public boolean covers(Integer recordAssociationId, Long recordCommuneId) {
        if (isWholeOffice()) {
            return true;
        }
        return associationId.equals(recordAssociationId) && (communeId == null || communeId.equals(recordCommuneId));
    }
}

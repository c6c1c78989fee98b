package vn.vbsp.portal.partner;

/**
 * What part of the organisations' figures the signed-in user may read: everything ({@code associationId == null}),
 * or one organisation, in the whole district ({@code communeId == null}) or in one commune.
 */
public record PartnerScope(Integer associationId, Long communeId) {

    public static PartnerScope wholeOffice() {
        return new PartnerScope(null, null);
    }

    public boolean isWholeOffice() {
        return associationId == null;
    }

    public boolean covers(int association) {
        return associationId == null || associationId == association;
    }
}

package vn.vbsp.portal.partner;

/** An entrusting organisation: HND, HPN, CCB or DTN. */
public record AssociationSummary(int id, String code, String name) {
}

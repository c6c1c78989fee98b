package vn.vbsp.portal.group;

/** Where an association officer's rating proposal stands: waiting for the DIRECTOR, confirmed or rejected. */
public enum ProposalStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}

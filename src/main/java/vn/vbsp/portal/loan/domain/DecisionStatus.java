package vn.vbsp.portal.loan.domain;

/** A risk decision is proposed by staff and then approved or rejected by the director. */
public enum DecisionStatus {
    PROPOSED, APPROVED, REJECTED
}

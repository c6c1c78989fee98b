package vn.vbsp.portal.loan.domain;

/** A loan account's state; only an ACTIVE loan takes postings. */
public enum LoanStatus {
    ACTIVE, SETTLED, WRITTEN_OFF, CANCELLED
}

package vn.vbsp.portal.user;

/** What a user of the portal is allowed to see and do. */
public enum Role {
    /** Users, programme rates, everything. */
    ADMIN,
    /** Credit officer and teller: households, applications, disbursement, collection. */
    STAFF,
    /** Approves what staff prepared (maker-checker); all reports. */
    DIRECTOR,
    /** An officer of one entrusting organisation: its own groups' loan book, read-only. */
    ASSOCIATION,
    /** A member of the Board of Representatives: dashboards and reports, read-only. */
    BOARD;

    public String authority() {
        return "ROLE_" + name();
    }
}

package vn.vbsp.portal.loan.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an application (01/TD) stands: from the group's review to the commune, the director and the payout. */
public enum ApplicationStatus {
    SUBMITTED, REVIEWED, CERTIFIED, APPROVED, REJECTED, DISBURSED, WITHDRAWN;

    /** Still on its way: counts against the programme's ceiling for the household. */
    public static final Set<ApplicationStatus> OPEN = EnumSet.of(SUBMITTED, REVIEWED, CERTIFIED, APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

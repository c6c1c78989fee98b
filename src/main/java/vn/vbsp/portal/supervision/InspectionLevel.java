package vn.vbsp.portal.supervision;

import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** Who inspects: the office, an organisation's district committee, or its commune chapter. */
public enum InspectionLevel {
    OFFICE, ASSOCIATION_DISTRICT, ASSOCIATION_COMMUNE;

    /** The level at which the user's inspections count: an officer's chapter level, the office for staff. */
    public static InspectionLevel of(UserScope scope) {
        if (scope.role() != Role.ASSOCIATION) {
            return OFFICE;
        }
        return scope.communeId() == null ? ASSOCIATION_DISTRICT : ASSOCIATION_COMMUNE;
    }
}

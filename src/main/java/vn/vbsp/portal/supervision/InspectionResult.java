package vn.vbsp.portal.supervision;

/** What an inspection found, overall. */
public enum InspectionResult {
    GOOD, ISSUES, SERIOUS
}

package vn.vbsp.portal.partner;

/** The level at which an organisation works with the office: the district committee or a commune chapter. */
public enum ChapterLevel {
    DISTRICT,
    COMMUNE
}

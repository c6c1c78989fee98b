package vn.vbsp.portal.loanimport.domain;

import java.util.Locale;

/** The columns of a loan-book file (CONTRACT §4), each found by its header name. */
enum Column {
    COMMUNE_CODE, COMMUNE_NAME, POINT_DAY, VILLAGE, ASSOCIATION, GROUP_CODE, GROUP_NAME, GROUP_LEADER, HEAD_NAME, CCCD,
    CATEGORY, PROGRAMME_CODE, LOAN_NO, DISBURSED_ON, MATURITY_ON, PRINCIPAL, OUTSTANDING, OVERDUE, FROZEN;

    /** The header name, e.g. {@code commune_code}. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package vn.vbsp.portal.group;

/** The yearly rating of a savings-and-loan group: tốt, khá, trung bình, yếu. */
public enum GroupRating {
    TOT,
    KHA,
    TRUNG_BINH,
    YEU
}

package vn.vbsp.portal.fee;

/** The level of an organisation an entrustment fee is paid to. */
public enum FeeLevel {
    COMMUNE, DISTRICT, PROVINCE
}

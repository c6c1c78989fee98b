package vn.vbsp.portal.partner.domain;

import java.math.BigDecimal;

/**
 * One organisation in one commune on a date: its active groups, the households active in them, the outstanding and
 * overdue principal of its loans, and the entrusted outstanding of all four organisations in that commune.
 */
public record CommuneFigures(int associationId, long communeId, String communeCode, String communeName, long groups,
        long households, long outstanding, long overdue, long communeEntrusted) {

    public BigDecimal overdueRatio() {
        return Ratios.percent(overdue, outstanding);
    }

    /** This organisation's part of the commune's entrusted outstanding, in percent. */
    public BigDecimal share() {
        return Ratios.percent(outstanding, communeEntrusted);
    }
}

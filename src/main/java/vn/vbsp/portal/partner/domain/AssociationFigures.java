package vn.vbsp.portal.partner.domain;

import java.math.BigDecimal;
import java.util.List;
import vn.vbsp.portal.partner.AssociationSummary;

/**
 * An organisation's figures on a date: groups, households, outstanding and overdue, and its share of the office's
 * entrusted outstanding (all loans with an organisation, within the reader's communes).
 */
public record AssociationFigures(AssociationSummary association, long groups, long households, long outstanding,
        long overdue, long entrusted, List<CommuneFigures> communes) {

    public BigDecimal overdueRatio() {
        return Ratios.percent(overdue, outstanding);
    }

    public BigDecimal share() {
        return Ratios.percent(outstanding, entrusted);
    }
}

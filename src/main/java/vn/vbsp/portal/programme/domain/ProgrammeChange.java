package vn.vbsp.portal.programme.domain;

import java.math.BigDecimal;
import java.util.Set;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.Money;

/** What an administrator may change on a programme's terms (never its code, name or past rates). */
public record ProgrammeChange(BigDecimal overdueRatePct, Money ceiling, Integer maxTermMonths,
        Set<PovertyCategory> eligibleCategories, boolean throughGroups, boolean active) {
}

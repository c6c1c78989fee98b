package vn.vbsp.portal.programme;

import vn.vbsp.portal.shared.PovertyCategory;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import vn.vbsp.portal.shared.Money;

/**
 * What a programme lends on, as other modules check an application against it.
 *
 * @param ceiling         the most one loan may be, or null when the programme sets none
 * @param maxTermMonths   the longest term, or null when the Board decides case by case
 * @param overdueRatePct  overdue interest as a percentage of the normal rate (130 = 1.3 times)
 * @param throughGroups   whether the programme lends through savings-and-loan groups (entrusted) or directly
 */
public record ProgrammeTerms(int id, String code, String name, Money ceiling, Integer maxTermMonths,
        Set<PovertyCategory> eligibleCategories, BigDecimal overdueRatePct, boolean throughGroups, boolean active) {

    public ProgrammeTerms {
        eligibleCategories = Collections.unmodifiableSet(PovertyCategory.copyOf(eligibleCategories));
    }

    public boolean lendsTo(PovertyCategory category) {
        return eligibleCategories.contains(category);
    }
}

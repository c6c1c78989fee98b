package vn.vbsp.portal.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.Set;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.programme.domain.ProgrammeChange;
import vn.vbsp.portal.programme.domain.ProgrammeQuery.ProgrammeRow;
import vn.vbsp.portal.shared.Money;

/**
 * A programme's terms as typed. The rate and the term stay text so that what was typed is shown again as it was, and
 * {@link ProgrammeFormValidator} says precisely what is wrong with it; the ceiling binds as {@link Money} through the
 * shared money formatter (a typed amount that is not whole đồng comes back at its field with the shared message).
 */
record ProgrammeForm(
        @NotBlank(message = "{programme.error.overdue-rate-format}") String overdueRatePct,
        Money ceiling,
        String maxTermMonths,
        @NotEmpty(message = "{programme.error.categories-required}") Set<PovertyCategory> eligibleCategories,
        Boolean throughGroups,
        Boolean active,
        Long version) {

    /** An unticked checkbox sends nothing (or only Spring's "_" marker): that means no. */
    ProgrammeForm {
        throughGroups = Boolean.TRUE.equals(throughGroups);
        active = Boolean.TRUE.equals(active);
    }

    static ProgrammeForm of(ProgrammeRow programme) {
        return new ProgrammeForm(Numbers.show(programme.overdueRatePct()),
                programme.ceiling(),
                programme.maxTermMonths() == null ? "" : programme.maxTermMonths().toString(),
                PovertyCategory.copyOf(programme.eligibleCategories()), programme.throughGroups(), programme.active(),
                programme.version());
    }

    /** Only after {@link ProgrammeFormValidator} found no error. */
    ProgrammeChange change() {
        BigDecimal overdue = Numbers.decimal(overdueRatePct).orElseThrow();
        Integer term = Numbers.whole(maxTermMonths).orElse(null);
        return new ProgrammeChange(overdue, ceiling, term, eligibleCategories, throughGroups, active);
    }
}

package vn.vbsp.portal.household.domain;

import java.time.LocalDate;
import vn.vbsp.portal.shared.PovertyCategory;

/** One line of the household list. */
public record HouseholdRow(long id, String cccd, String headName, LocalDate birthDate, String villageName,
        String communeName, PovertyCategory category, Integer reviewYear) {
}

package vn.vbsp.portal.household.domain;

import java.time.LocalDate;
import vn.vbsp.portal.household.HouseholdCategory;

/** One line of the household list. */
public record HouseholdRow(long id, String cccd, String headName, LocalDate birthDate, String villageName,
        String communeName, HouseholdCategory category, Integer reviewYear) {
}

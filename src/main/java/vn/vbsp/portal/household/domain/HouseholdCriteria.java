package vn.vbsp.portal.household.domain;

import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * What the household list is filtered by. {@code text} is a name (any part, with or without diacritics) or, when it
 * holds only digits, the whole CCCD or its first digits.
 */
public record HouseholdCriteria(String text, Long communeId, PovertyCategory category) {

    public static HouseholdCriteria all() {
        return new HouseholdCriteria(null, null, null);
    }

    /** The CCCD digits asked for, or null when the text is a name (or empty). */
    String cccdPrefix() {
        String digits = text == null ? "" : text.replaceAll("[\\s.]", "");
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? digits : null;
    }

    /** The folded name to look for anywhere in search_name, or null. */
    String folded() {
        if (cccdPrefix() != null) {
            return null;
        }
        String folded = VietnameseText.fold(text);
        return folded.isEmpty() ? null : folded;
    }
}

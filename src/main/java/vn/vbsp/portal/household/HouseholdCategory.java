package vn.vbsp.portal.household;

import java.util.Optional;
import vn.vbsp.portal.shared.VietnameseText;

/** A household's category from the commune's yearly poverty review. */
public enum HouseholdCategory {
    /** Hộ nghèo. */
    NGHEO("ho ngheo"),
    /** Hộ cận nghèo. */
    CAN_NGHEO("ho can ngheo"),
    /** Hộ mới thoát nghèo (within three years of escaping poverty). */
    MOI_THOAT_NGHEO("ho moi thoat ngheo"),
    /** Any other household. */
    KHAC("khac");

    private final String foldedLabel;

    HouseholdCategory(String foldedLabel) {
        this.foldedLabel = foldedLabel;
    }

    /**
     * Reads a category as lists write it: the code ({@code CAN_NGHEO}, any case) or the Vietnamese words, with or
     * without diacritics and the leading "hộ" ({@code Hộ cận nghèo}, {@code can ngheo}).
     */
    public static Optional<HouseholdCategory> parse(String text) {
        String folded = VietnameseText.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (HouseholdCategory category : values()) {
            String code = category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            String words = folded.replace('_', ' ');
            if (words.equals(code) || words.equals(category.foldedLabel)
                    || ("ho " + words).equals(category.foldedLabel)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}

package vn.vbsp.portal.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A household's category from the commune's yearly poverty review, and what a programme lists as whom it may
 * lend to. The codes are those of the loan-book import and of {@code household.category}.
 */
public enum PovertyCategory {
    /** Hộ nghèo. */
    NGHEO("ho ngheo"),
    /** Hộ cận nghèo. */
    CAN_NGHEO("ho can ngheo"),
    /** Hộ mới thoát nghèo (within three years of escaping poverty). */
    MOI_THOAT_NGHEO("ho moi thoat ngheo"),
    /** Any other household a programme lends to (students, workers abroad, ...). */
    KHAC("khac");

    private final String foldedLabel;

    PovertyCategory(String foldedLabel) {
        this.foldedLabel = foldedLabel;
    }

    /**
     * Reads a category as lists write it: the code ({@code CAN_NGHEO}, any case) or the Vietnamese words, with or
     * without diacritics and the leading "hộ" ({@code Hộ cận nghèo}, {@code can ngheo}).
     */
    public static Optional<PovertyCategory> parse(String text) {
        String words = VietnameseText.fold(text).replace('_', ' ');
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (PovertyCategory category : values()) {
            String code = category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (words.equals(code) || words.equals(category.foldedLabel) || ("ho " + words).equals(category.foldedLabel)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** Reads the comma-separated list stored in {@code programme.eligible_categories}; unknown codes are an error. */
    public static Set<PovertyCategory> parseList(String codes) {
        Set<PovertyCategory> set = EnumSet.noneOf(PovertyCategory.class);
        if (codes != null) {
            Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(PovertyCategory::valueOf).forEach(set::add);
        }
        return set;
    }

    /** The stored form, in this enum's order: {@code NGHEO,CAN_NGHEO}. */
    public static String joinList(Collection<PovertyCategory> categories) {
        return copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** A copy in this enum's order; unlike {@link EnumSet#copyOf(Collection)}, an empty collection is fine. */
    public static Set<PovertyCategory> copyOf(Collection<PovertyCategory> categories) {
        Set<PovertyCategory> set = EnumSet.noneOf(PovertyCategory.class);
        set.addAll(categories);
        return set;
    }
}

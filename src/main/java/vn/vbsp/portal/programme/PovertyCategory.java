package vn.vbsp.portal.programme;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The household categories of the commune's yearly poverty review, as a programme lists whom it may lend to.
 * The codes are those of the loan-book import and of {@code household.category}.
 */
public enum PovertyCategory {
    /** Hộ nghèo. */
    NGHEO,
    /** Hộ cận nghèo. */
    CAN_NGHEO,
    /** Hộ mới thoát nghèo (within three years). */
    MOI_THOAT_NGHEO,
    /** Any other household a programme lends to (students, workers abroad, ...). */
    KHAC;

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

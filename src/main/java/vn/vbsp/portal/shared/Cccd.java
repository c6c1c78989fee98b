package vn.vbsp.portal.shared;

import java.util.Set;

/**
 * A citizen ID (căn cước công dân): 12 digits, the first three being the code of the province of
 * birth registration, then a digit for century and sex, two for the year of birth, six more.
 */
public final class Cccd {

    /** Province codes as issued by the Ministry of Public Security (before the 2025 merger; still on every card). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private Cccd() {
    }

    public static boolean isTwelveDigits(String value) {
        return value != null && value.matches("[0-9]{12}");
    }

    public static boolean hasKnownProvince(String value) {
        return isTwelveDigits(value) && PROVINCE_CODES.contains(value.substring(0, 3));
    }

    public static Set<String> provinceCodes() {
        return PROVINCE_CODES;
    }
}

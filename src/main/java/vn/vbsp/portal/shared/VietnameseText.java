package vn.vbsp.portal.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Helpers for Vietnamese text: folding for diacritics-insensitive search, and the Vietnamese sort order. */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** "Nguyễn Văn Đức" → "nguyen van duc": lower case, no diacritics, single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** A collator that sorts names as Vietnamese readers expect (a < ă < â < b ..., đ after d). */
    /** Text to search for with SQL {@code like}, its {@code %} and {@code _} (and the escape itself) taken literally. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}

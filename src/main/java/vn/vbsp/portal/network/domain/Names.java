package vn.vbsp.portal.network.domain;

import java.text.Collator;
import java.text.Normalizer;
import vn.vbsp.portal.shared.VietnameseText;

/** How names and codes typed into the forms are tidied and compared. */
final class Names {

    private Names() {
    }

    /**
     * Trimmed, inner runs of spaces made one, and composed (NFC): some keyboards send "ô" as "o" plus a combining
     * mark, which would otherwise slip past the database's unique constraints as a different string.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Same name for a reader: case does not count, diacritics do ("Thôn Đông" = "thôn đông" ≠ "Thôn Dong"). */
    static boolean sameName(String a, String b) {
        Collator collator = VietnameseText.collator();
        collator.setStrength(Collator.SECONDARY);
        return collator.compare(clean(a), clean(b)) == 0;
    }
}

package vn.vbsp.portal.household.domain;

import java.util.List;
import vn.vbsp.portal.shared.PovertyCategory;

/**
 * What a poverty-review file would change: households whose category changes, how many keep their category (their
 * review year is updated or already right), CCCDs that no household has, and the wrong lines.
 */
public record PovertyReviewPreview(String fileName, int lines, List<Change> changes, int yearOnly, int unchanged,
        List<Unknown> unknown, List<Problem> problems) {

    /** Confirmable when no line is wrong and something would change. */
    public boolean confirmable() {
        return problems.isEmpty() && (!changes.isEmpty() || yearOnly > 0);
    }

    /** A household whose category changes; {@code nameDiffers} when the file spells the head's name otherwise. */
    public record Change(int line, long householdId, String cccd, String headName, String nameInFile,
            boolean nameDiffers, PovertyCategory from, PovertyCategory to, Integer fromYear, int toYear) {
    }

    /** A CCCD that no household has: not created, since a household needs a village. */
    public record Unknown(int line, String cccd, String name, PovertyCategory category, int year) {
    }

    /** A wrong line: {@code messageKey} says what is wrong, {@code detail} is its argument (may be null). */
    public record Problem(int line, String value, String messageKey, String detail) {
    }
}

package vn.vbsp.portal.report;

import java.util.Locale;

/**
 * Narrows a report to one commune, one organisation ({@code DIRECT} for direct loans) or one programme, by code;
 * null means any. The user's scope applies on top.
 */
public record ReportFilter(String commune, String association, String programme) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    public ReportFilter {
        commune = clean(commune);
        association = clean(association);
        programme = clean(programme);
        if (association != null) {
            association = association.toUpperCase(Locale.ROOT);
        }
        if (programme != null) {
            programme = programme.toUpperCase(Locale.ROOT);
        }
    }

    public boolean isEmpty() {
        return commune == null && association == null && programme == null;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

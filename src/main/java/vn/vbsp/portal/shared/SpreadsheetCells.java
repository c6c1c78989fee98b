package vn.vbsp.portal.shared;

/**
 * Text written into CSV and XLSX files. A cell from user data (a name, a code) that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be taken by a spreadsheet as a formula; such a text gets an
 * apostrophe in front, which spreadsheets show as plain text ({@link #neutralise}); {@link #restore} takes it off
 * again when a file comes back. CSV fields are quoted as RFC 4180 says ({@link #csv}).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text, safe to open in a spreadsheet; null becomes empty. */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralise}; other texts unchanged. */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }

    /** One CSV field: user text neutralised, quoted when it holds a comma, a quote or a line break. */
    public static String csv(String text) {
        return csvField(neutralise(text));
    }

    /** One CSV field of the portal's own making (a number, a code of the catalogue): quoted only when needed. */
    public static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

package vn.vbsp.portal.shared;

/**
 * Text written into a CSV or XLSX cell that a spreadsheet could take for a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, or a tab or carriage return before them) is prefixed with an apostrophe, so that a name or a note typed
 * into the portal never runs as a formula on the computer that opens the file (formula injection). Numbers are not
 * text and are written as they are.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

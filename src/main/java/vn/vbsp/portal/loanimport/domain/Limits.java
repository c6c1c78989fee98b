package vn.vbsp.portal.loanimport.domain;

import vn.vbsp.portal.shared.TableFileLimits;

/** What a file may hold, so that no file can take the server's memory: rows, fields, field lengths, wrong rows shown. */
public final class Limits {

    /** Data rows in one file; ten times the demo office's book fits. */
    public static final int MAX_ROWS = 200_000;
    /** Fields in one record; the format has 19. */
    static final int MAX_FIELDS = 100;
    /** Characters in one field; longer ones are cut and the row is wrong. */
    static final int MAX_FIELD_LENGTH = 1_000;
    /** Wrong rows listed on the page; the rest are counted. */
    public static final int MAX_SHOWN_ERRORS = 500;
    /** Uncompressed XML read from one part of an XLSX file. */
    static final long MAX_XLSX_PART_BYTES = 512L * 1024 * 1024;
    /** The same, as the shared CSV and XLSX readers take them. */
    static final TableFileLimits FILE = new TableFileLimits(MAX_ROWS, MAX_FIELDS, MAX_FIELD_LENGTH, MAX_XLSX_PART_BYTES);

    private Limits() {
    }
}

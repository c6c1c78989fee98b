package vn.vbsp.portal.shared;

/**
 * What a CSV or XLSX file may hold, so that no file can take the server's memory: data rows, fields in a record,
 * characters in a field (longer ones are cut and the row is wrong), uncompressed XML read from one XLSX part.
 */
public record TableFileLimits(int maxRows, int maxFields, int maxFieldLength, long maxXlsxPartBytes) {
}

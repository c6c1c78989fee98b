package vn.vbsp.portal.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vbsp.portal.shared.SpreadsheetCells;

/** The report files as CSV: UTF-8 with a BOM (so that Excel reads the diacritics), RFC 4180, CRLF line ends. */
final class Csv {

    static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StringBuilder text = new StringBuilder("\uFEFF");

    /** Appends one record. */
    Csv line(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object field = fields[i];
            text.append(quote(field == null ? null : field instanceof Number ? field.toString() : SpreadsheetCells.neutralise(field.toString())));
        }
        text.append("\r\n");
        return this;
    }

    ResponseEntity<String> attachment(String filename) {
        return ResponseEntity.ok()
                .contentType(TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(text.toString());
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}

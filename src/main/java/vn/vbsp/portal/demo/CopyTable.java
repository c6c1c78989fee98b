package vn.vbsp.portal.demo;

import java.time.LocalDate;

/**
 * The rows of one table in PostgreSQL's COPY text format, built up in memory and sent in one go by
 * {@link CopyBatch}. Values are added column by column; {@link #end()} closes a row.
 */
final class CopyTable {

    private final String table;
    private final String[] columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int column;
    private int rows;

    CopyTable(String table, String... columns) {
        this.table = table;
        this.columns = columns.clone();
    }

    CopyTable add(long value) {
        separate();
        text.append(value);
        return this;
    }

    CopyTable add(Long value) {
        return value == null ? addNull() : add(value.longValue());
    }

    CopyTable add(boolean value) {
        separate();
        text.append(value ? 't' : 'f');
        return this;
    }

    CopyTable add(LocalDate value) {
        if (value == null) {
            return addNull();
        }
        separate();
        text.append(value);
        return this;
    }

    CopyTable add(String value) {
        if (value == null) {
            return addNull();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyTable addNull() {
        separate();
        text.append("\\N");
        return this;
    }

    void end() {
        if (column != columns.length) {
            throw new IllegalStateException(table + ": a row has " + column + " values for " + columns.length + " columns");
        }
        text.append('\n');
        column = 0;
        rows++;
    }

    private void separate() {
        if (column == columns.length) {
            throw new IllegalStateException(table + ": more values than the " + columns.length + " columns");
        }
        if (column++ > 0) {
            text.append('\t');
        }
    }

    String table() {
        return table;
    }

    int rows() {
        return rows;
    }

    String copySql() {
        return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    CharSequence text() {
        return text;
    }
}

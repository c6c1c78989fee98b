package vn.vbsp.portal.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The rows of one table in PostgreSQL's COPY text format, built up in memory and sent in one go with
 * {@code COPY ... FROM STDIN} on the caller's connection (and so in its transaction): thousands of rows in well under a
 * second, for the demo office and the loan-book import. Values are added column by column; {@link #end()} closes a row.
 */
public final class CopyRows {

    private final String table;
    private final String[] columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int column;
    private int rows;

    public CopyRows(String table, String... columns) {
        this.table = table;
        this.columns = columns.clone();
    }

    public CopyRows add(long value) {
        separate();
        text.append(value);
        return this;
    }

    public CopyRows add(Long value) {
        return value == null ? addNull() : add(value.longValue());
    }

    public CopyRows add(boolean value) {
        separate();
        text.append(value ? 't' : 'f');
        return this;
    }

    public CopyRows add(LocalDate value) {
        if (value == null) {
            return addNull();
        }
        separate();
        text.append(value);
        return this;
    }

    public CopyRows add(String value) {
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

    public CopyRows addNull() {
        separate();
        text.append("\\N");
        return this;
    }

    public void end() {
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

    public String table() {
        return table;
    }

    public int rows() {
        return rows;
    }

    public String copySql() {
        return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    public CharSequence text() {
        return text;
    }

    /** Sends the rows on {@code connection}; answers how many. */
    public int send(Connection connection) throws SQLException {
        if (rows() == 0) {
            return 0;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(), new StringReader(text().toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table() + " failed", e);
        }
        return rows();
    }

    /** Sends the rows on the connection of the caller's transaction; answers how many. */
    public int send(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return send(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The rows of " + table + " could not be written", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}

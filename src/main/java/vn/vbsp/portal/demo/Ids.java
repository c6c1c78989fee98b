package vn.vbsp.portal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids for the rows that other rows point at, handed out here so that the COPY text can carry them.
 * They start at each table's sequence; {@link #finish(Connection)} moves the sequences past them.
 */
final class Ids {

    private final Map<String, long[]> next = new LinkedHashMap<>();
    private final Map<String, Long> first = new LinkedHashMap<>();

    private Ids() {
    }

    static Ids startingAt(Connection connection, String... tables) throws SQLException {
        Ids ids = new Ids();
        try (PreparedStatement st = connection.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id'))")) {
            for (String table : tables) {
                st.setString(1, table);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    ids.next.put(table, new long[] {rs.getLong(1)});
                    ids.first.put(table, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Ids from {@code first} for every table, for building an office without a database. */
    static Ids startingAt(long first, String... tables) {
        Ids ids = new Ids();
        for (String table : tables) {
            ids.next.put(table, new long[] {first});
            ids.first.put(table, first);
        }
        return ids;
    }

    long next(String table) {
        long[] counter = next.get(table);
        if (counter == null) {
            throw new IllegalArgumentException("no ids for " + table);
        }
        return counter[0]++;
    }

    void finish(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "select setval(pg_get_serial_sequence(?, 'id'), ?, true)")) {
            for (Map.Entry<String, long[]> entry : next.entrySet()) {
                if (entry.getValue()[0] == first.get(entry.getKey())) {
                    continue;
                }
                st.setString(1, entry.getKey());
                // the last id used; setval(…, true) makes nextval answer the one after
                st.setLong(2, entry.getValue()[0] - 1);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}

package vn.vbsp.portal.demo;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of the demo office in the order their foreign keys need, sent with COPY FROM STDIN on one
 * connection (and so in its transaction).
 */
final class CopyBatch {

    private static final Logger log = LoggerFactory.getLogger(CopyBatch.class);

    private final List<CopyTable> tables = new ArrayList<>();

    /** A new table, sent after all those created before it. */
    CopyTable table(String table, String... columns) {
        CopyTable copy = new CopyTable(table, columns);
        tables.add(copy);
        return copy;
    }

    /** A SHA-256 of every table's text in order: equal digests, equal offices. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CopyTable table : tables) {
                sha.update(table.copySql().getBytes(StandardCharsets.UTF_8));
                sha.update(table.text().toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends every table; answers the rows sent per table. */
    Map<String, Integer> copyAll(Connection connection) throws SQLException {
        Copier copier = Copier.of(connection);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CopyTable table : tables) {
            long started = System.nanoTime();
            if (table.rows() > 0) {
                copier.copyIn(table.copySql(), new StringReader(table.text().toString()));
            }
            log.debug("Demo data: {} rows into {} in {} ms", table.rows(), table.table(),
                    (System.nanoTime() - started) / 1_000_000);
            counts.merge(table.table(), table.rows(), Integer::sum);
        }
        return counts;
    }

    /**
     * The driver's CopyManager, reached by reflection: the PostgreSQL driver is a runtime dependency only,
     * so the main code cannot name its classes. With the driver on the compile class path this becomes
     * {@code connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, reader)}.
     */
    private record Copier(Object copyManager, Method copyIn) {

        static Copier of(Connection connection) throws SQLException {
            try {
                Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
                Object pg = connection.unwrap(pgConnection);
                Object manager = pgConnection.getMethod("getCopyAPI").invoke(pg);
                return new Copier(manager, manager.getClass().getMethod("copyIn", String.class, Reader.class));
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("The demo office needs the PostgreSQL JDBC driver", e);
            } catch (InvocationTargetException e) {
                throw asSqlException(e);
            }
        }

        void copyIn(String sql, Reader rows) throws SQLException {
            try {
                copyIn.invoke(copyManager, sql, rows);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw asSqlException(e);
            }
        }

        private static SQLException asSqlException(InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                return sql;
            }
            return new SQLException(cause.getMessage(), cause);
        }
    }
}

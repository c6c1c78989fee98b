package vn.vbsp.portal.demo;

import vn.vbsp.portal.shared.CopyRows;
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

    private final List<CopyRows> tables = new ArrayList<>();

    /** A new table, sent after all those created before it. */
    CopyRows table(String table, String... columns) {
        CopyRows copy = new CopyRows(table, columns);
        tables.add(copy);
        return copy;
    }

    /** A SHA-256 of every table's text in order: equal digests, equal offices. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CopyRows table : tables) {
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CopyRows table : tables) {
            long started = System.nanoTime();
            table.send(connection);
            log.debug("Demo data: {} rows into {} in {} ms", table.rows(), table.table(),
                    (System.nanoTime() - started) / 1_000_000);
            counts.merge(table.table(), table.rows(), Integer::sum);
        }
        return counts;
    }
}

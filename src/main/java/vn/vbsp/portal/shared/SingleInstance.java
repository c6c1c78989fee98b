package vn.vbsp.portal.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one portal instance at a time, however many share the database: the job holds a
 * PostgreSQL session-level advisory lock named after it for as long as it runs. An instance that finds the lock
 * taken skips its turn (another one is doing the work). The lock lives on the job's own connection, so an instance
 * that dies mid-job (even {@code kill -9}) lets it go with its connection, and the next run can start.
 */
@Component
public class SingleInstance {

    private static final Logger log = LoggerFactory.getLogger(SingleInstance.class);
    /** The first of the two int keys of every lock the portal takes: its own namespace of advisory locks. */
    private static final int PORTAL = 0x56425350; // "VBSP"

    private final DataSource dataSource;

    SingleInstance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code job} if no other instance is running the job of that name; says whether it ran. */
    public boolean run(String name, Runnable job) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "select pg_try_advisory_lock(?, ?)", name)) {
                log.info("Job {} is running on another instance; this one skips its turn", name);
                return false;
            }
            try {
                job.run();
                return true;
            } finally {
                lock(connection, "select pg_advisory_unlock(?, ?)", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock of job " + name, e);
        }
    }

    private static boolean lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, PORTAL);
            statement.setInt(2, name.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}

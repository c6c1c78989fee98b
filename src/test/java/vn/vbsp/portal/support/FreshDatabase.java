package vn.vbsp.portal.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new, empty database on the test PostgreSQL server for one test class, dropped when the run ends. */
public record FreshDatabase(String name, String url, String username, String password) {

    public static FreshDatabase create(String prefix) {
        return create(prefix, null);
    }

    /** A copy of {@code source} (which nobody may be connected to), as a replica would hold it. */
    public static FreshDatabase copyOf(FreshDatabase source, String prefix) {
        return create(prefix, source.name());
    }

    private static FreshDatabase create(String prefix, String template) {
        TestDatabase.Connection server = TestDatabase.get();
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)).toLowerCase(Locale.ROOT);
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                var st = admin.createStatement()) {
            st.execute("create database " + name + (template == null ? "" : " template " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                    var st = admin.createStatement()) {
                st.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // the server may be gone already
            }
        }));
        return new FreshDatabase(name, TestDatabase.withDatabase(server.url(), name), server.username(), server.password());
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, username, password));
    }
}

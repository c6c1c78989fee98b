package vn.vbsp.portal.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A database of a benchmark's own on the test server, dropped when the JVM ends. */
public final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabase.Connection server = TestDatabase.get();
        String name = "vbsp_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                var st = admin.createStatement()) {
            st.execute("create database " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                    var st = admin.createStatement()) {
                st.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // the server may be gone already
            }
        }));
        registry.add("spring.datasource.url", () -> TestDatabase.withDatabase(server.url(), name));
    }
}

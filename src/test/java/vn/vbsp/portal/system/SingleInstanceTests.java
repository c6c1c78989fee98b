package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vbsp.portal.shared.SingleInstance;
import vn.vbsp.portal.support.PortalTest;

/** A scheduled job runs on one instance at a time; one that died lets the next run go. */
@PortalTest
class SingleInstanceTests {

    @Autowired SingleInstance single;
    @Autowired DataSource dataSource;

    @Test
    void whileOneInstanceRunsAJobAnotherSkipsItsTurn() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Thread first = new Thread(() -> single.run("test.job", () -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        first.start();
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(single.run("test.job", runs::incrementAndGet)).as("the second asks while the first runs").isFalse();
        assertThat(single.run("test.other-job", () -> { })).as("another job is not held up").isTrue();
        release.countDown();
        first.join(30_000);
        assertThat(single.run("test.job", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void anInstanceThatDiesHoldingTheLockLetsItGoWithItsConnection() throws Exception {
        var pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        Connection dying = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        try (var st = dying.prepareStatement("select pg_advisory_lock(?, ?)")) {
            st.setInt(1, 0x56425350);
            st.setInt(2, "test.crashing-job".hashCode());
            st.execute();
        }
        assertThat(single.run("test.crashing-job", () -> { })).isFalse();
        dying.close();
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean ran = single.run("test.crashing-job", () -> { });
        while (!ran && System.nanoTime() < deadline) {
            // the server ends the dead session's backend, and its locks, a moment after the connection closes
            Thread.onSpinWait();
            ran = single.run("test.crashing-job", () -> { });
        }
        assertThat(ran).isTrue();
    }
}

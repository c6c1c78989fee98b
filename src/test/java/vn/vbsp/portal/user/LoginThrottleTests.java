package vn.vbsp.portal.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestClock;

/** The sign-in waits, on the real table, with a clock the test moves instead of sleeping. */
@PortalTest
class LoginThrottleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    TestClock clock;
    LoginThrottle throttle;
    String run;

    @BeforeEach
    void freshThrottle() {
        // far in the future, so that no row another test wrote with the real clock is still waiting
        clock = new TestClock(Instant.parse("2090-01-01T00:00:00Z").plusSeconds((long) (Math.random() * 1_000_000)));
        throttle = new LoginThrottle(jdbc, clock, audit);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoublesUpToACap() {
        assertThat(LoginThrottle.Kind.ACCOUNT.waitAfter(4)).isZero();
        assertThat(LoginThrottle.Kind.ACCOUNT.waitAfter(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(LoginThrottle.Kind.ACCOUNT.waitAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.Kind.ACCOUNT.waitAfter(1000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(LoginThrottle.Kind.CLIENT.waitAfter(20)).isZero();
        assertThat(LoginThrottle.Kind.CLIENT.waitAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anUnknownAccountIsMadeToWaitExactlyLikeAKnownOne() {
        for (String name : new String[] {"canbo", "khong.ai." + run}) {
            String client = "10.30." + name.length() + ".1";
            for (int i = 0; i < 4; i++) {
                throttle.failed(name + run, client);
            }
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).as(name).isFalse();
            throttle.failed(name + run, client);
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).as("a wait for the account, from any client").isTrue();
            clock.advance(Duration.ofSeconds(14));
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).as("the wait is over").isFalse();
            throttle.failed(name + run, client);
            clock.advance(Duration.ofSeconds(29));
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).as("twice as long after the next failure").isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(throttle.mustWait(name + run, "10.99.0.1")).isFalse();
        }
    }

    @Test
    void nobodyCanKeepAnAccountWaitingLongerThanTheCap() {
        String name = "admin-" + run;
        for (int i = 0; i < 40; i++) {
            throttle.failed(name, "10.31." + i + ".1");
            clock.advance(LoginThrottle.Kind.ACCOUNT.waitAfter(i + 1));
        }
        throttle.failed(name, "10.31.99.1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.mustWait(name, "10.31.100.1")).isFalse();
    }

    @Test
    void aSuccessClearsTheAccountsCountButNotTheClients() {
        String client = "10.32.0." + run.hashCode() % 200;
        for (int i = 0; i < 4; i++) {
            throttle.failed("mot." + run, client);
        }
        throttle.succeeded("mot." + run);
        throttle.failed("mot." + run, client);
        assertThat(throttle.mustWait("mot." + run, "10.99.0.2")).as("the count started again").isFalse();
        assertThat(failures("CLIENT", client)).isEqualTo(5);
    }

    @Test
    void manyFailuresFromOneClientOnDifferentAccountsMakeTheClientWait() {
        String client = "10.33." + Math.abs(run.hashCode() % 200) + ".7";
        for (int i = 0; i < LoginThrottle.Kind.CLIENT.free(); i++) {
            throttle.failed("quet." + i + "." + run, client);
        }
        assertThat(throttle.mustWait("moi." + run, client)).isFalse();
        throttle.failed("quet.cuoi." + run, client);
        assertThat(throttle.mustWait("moi." + run, client)).as("any account from that client").isTrue();
        assertThat(throttle.mustWait("moi." + run, "10.33.250.250")).as("another client").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.mustWait("moi." + run, client)).isFalse();
    }

    @Test
    void failuresOlderThanAnHourAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("cu." + run, "10.34.0.1");
        }
        clock.advance(Duration.ofMinutes(61));
        throttle.failed("cu." + run, "10.34.0.1");
        assertThat(throttle.mustWait("cu." + run, "10.34.0.2")).isFalse();
        assertThat(failures("ACCOUNT", "cu." + run)).isEqualTo(1);
    }

    @Test
    void aVeryLongUsernameIsCountedNotRefusedWithAnError() {
        String name = "x".repeat(5000) + run;
        throttle.failed(name, "y".repeat(300));
        assertThat(throttle.mustWait(name, "y".repeat(300))).isFalse();
    }

    private int failures(String kind, String key) {
        return jdbc.sql("select failures from login_throttle where kind = :k and key = :key")
                .param("k", kind).param("key", key).query(Integer.class).single();
    }
}

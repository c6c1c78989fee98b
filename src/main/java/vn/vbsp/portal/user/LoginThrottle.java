package vn.vbsp.portal.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;

/**
 * Failed sign-ins make the next attempt wait, per account and per client address, the wait doubling with each
 * failure past a free allowance and capped: a guesser is slowed to a crawl, while nobody can lock another user out
 * for more than a few minutes. Unknown usernames are counted like known ones, so the answers never tell which
 * exist. An attempt made while waiting is refused without being counted or checked.
 */
@Component
public class LoginThrottle {

    /** Who is counted: an account (the username as typed) or the client address it came from. */
    public enum Kind {
        ACCOUNT(4, Duration.ofSeconds(15), Duration.ofMinutes(5)),
        /** A whole office may sign in from one address: a larger allowance, across every account tried. */
        CLIENT(20, Duration.ofSeconds(30), Duration.ofMinutes(15));

        private final int free;
        private final Duration first;
        private final Duration cap;

        Kind(int free, Duration first, Duration cap) {
            this.free = free;
            this.first = first;
            this.cap = cap;
        }

        /** Failures in a row that cost no wait. */
        public int free() {
            return free;
        }

        /** How long the attempt after the n-th failure in a row waits: nothing, then {@code first}, doubling up to the cap. */
        public Duration waitAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 20);
            Duration wait = first.multipliedBy(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    /** Failures older than this are forgotten: the count starts again. */
    static final Duration MEMORY = Duration.ofHours(1);

    private static final int KEY_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether an attempt for this username from this client must wait. */
    @Transactional(readOnly = true)
    public boolean mustWait(String username, String client) {
        return jdbc.sql("""
                select count(*) from login_throttle
                 where blocked_until > :now and ((kind = 'ACCOUNT' and key = :account) or (kind = 'CLIENT' and key = :client))
                """)
                .param("now", utc(clock.instant()))
                .param("account", accountKey(username)).param("client", clientKey(client))
                .query(Long.class).single() > 0;
    }

    @Transactional
    public void failed(String username, String client) {
        count(Kind.ACCOUNT, accountKey(username));
        count(Kind.CLIENT, clientKey(client));
    }

    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and key = :key").param("key", accountKey(username)).update();
    }

    /** Accounts and clients with failures remembered, those waiting first. */
    @Transactional(readOnly = true)
    public List<Wait> current() {
        return jdbc.sql("""
                select kind, key, failures, last_failure, blocked_until, coalesce(blocked_until > :now, false) as waiting
                  from login_throttle where last_failure > :since
                 order by waiting desc, last_failure desc limit 500
                """)
                .param("now", utc(clock.instant())).param("since", utc(clock.instant().minus(MEMORY)))
                .query(Wait.class).list();
    }

    /** An ADMIN lifts a wait: the count starts again from nothing. */
    @Transactional
    public boolean lift(Kind kind, String key) {
        boolean lifted = jdbc.sql("delete from login_throttle where kind = :kind and key = :key")
                .param("kind", kind.name()).param("key", key).update() > 0;
        if (lifted) {
            audit.record("LOGIN_WAIT_LIFTED", "login_throttle", kind.name() + ":" + key, null, Map.of("key", key));
        }
        return lifted;
    }

    private void count(Kind kind, String key) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into login_throttle (kind, key, failures, last_failure)
                values (:kind, :key, 1, :now)
                on conflict (kind, key) do update
                   set failures = case when login_throttle.last_failure < :forgotten then 1 else login_throttle.failures + 1 end,
                       last_failure = :now
                returning failures
                """)
                .param("kind", kind.name()).param("key", key).param("now", utc(now))
                .param("forgotten", utc(now.minus(MEMORY)))
                .query(Integer.class).single();
        Duration wait = kind.waitAfter(failures);
        jdbc.sql("update login_throttle set blocked_until = :until where kind = :kind and key = :key")
                .param("until", wait.isZero() ? null : utc(now.plus(wait)))
                .param("kind", kind.name()).param("key", key).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase();
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    static String clientKey(String address) {
        String key = address == null ? "?" : address;
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    /** One row of the ADMIN's list of sign-in waits. */
    public record Wait(String kind, String key, int failures, OffsetDateTime lastFailure,
            OffsetDateTime blockedUntil, boolean waiting) {
    }
}

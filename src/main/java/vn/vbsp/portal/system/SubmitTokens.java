package vn.vbsp.portal.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.CurrentUser;

/**
 * The one-time tokens of the forms that move money ({@link vn.vbsp.portal.shared.SubmitOnce}): issued for the
 * signed-in user as the form is drawn, used up by the first post. They live in the database, so they hold whatever
 * keeps the sessions and however many servers run. Templates reach it as {@code @submitTokens}.
 */
@Component("submitTokens")
public class SubmitTokens {

    /** What a posted token turned out to be. */
    public enum Outcome { ACCEPTED, MISSING, UNKNOWN, USED }

    /** Tokens older than this are forgotten: a form left open for two days is drawn again. */
    static final Duration LIFETIME = Duration.ofDays(2);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    SubmitTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for the signed-in user. */
    @Transactional
    public String issue() {
        return issueFor(CurrentUser.username());
    }

    @Transactional
    public String issueFor(String username) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into submit_token (token, username, issued_at) values (:token, :username, :now)")
                .param("token", token).param("username", username)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        return token;
    }

    /** Uses the token up if it is this user's and unused; two posts racing with one token get one acceptance. */
    @Transactional
    public Outcome use(String token, String username) {
        if (token == null || token.isBlank()) {
            return Outcome.MISSING;
        }
        int used = jdbc.sql("""
                update submit_token set used_at = :now
                 where token = :token and username = :username and used_at is null and issued_at > :oldest
                """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("token", token.strip())
                .param("username", username)
                .param("oldest", clock.instant().minus(LIFETIME).atOffset(ZoneOffset.UTC)).update();
        if (used == 1) {
            return Outcome.ACCEPTED;
        }
        boolean known = jdbc.sql("select count(*) from submit_token where token = :token and username = :username and used_at is not null")
                .param("token", token.strip()).param("username", username).query(Long.class).single() > 0;
        return known ? Outcome.USED : Outcome.UNKNOWN;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void forgetOld() {
        jdbc.sql("delete from submit_token where issued_at < :oldest")
                .param("oldest", clock.instant().minus(LIFETIME).atOffset(ZoneOffset.UTC)).update();
    }
}

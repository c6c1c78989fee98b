package vn.vbsp.portal.user.domain;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after too many wrong passwords in a row. */
@Component
public class LoginAttempts {

    public static final int LIMIT = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.countFailedLogin(event.getAuthentication().getName().strip().toLowerCase(), LIMIT,
                clock.instant().plus(LOCK_DURATION));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.clearFailedLogins(event.getAuthentication().getName());
    }
}

package vn.vbsp.portal.user.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.user.LoginThrottle;

/**
 * Counts every failed sign-in (wrong password, unknown user, disabled account alike) against the account and the
 * client address; a success clears the account's count.
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName(), client(event.getAuthentication().getDetails()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    private static String client(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}

package vn.vbsp.portal.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ahead of the sign-in itself: an attempt for an account or from a client that must still wait is answered exactly
 * like a wrong password, without the password being checked.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class LoginGate extends OncePerRequestFilter {

    static final String REFUSED = "/login?error";

    private final LoginThrottle throttle;

    LoginGate(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.mustWait(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }
}

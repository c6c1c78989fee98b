package vn.vbsp.portal.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights end at once: on every request of a signed-in user, the user's row is read again, and a session whose
 * principal was made before the user was disabled, given another role or scope, or had their password reset
 * (each bumps {@code rights_version}) is ended there and then. It relies on nothing but the session and the user
 * table, so it holds with sessions in memory or in the database, on one server or several.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
public class SessionRights extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    SessionRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a session signed in with these rights may still act. */
    public boolean stillValid(PortalUser user) {
        if (user.id() == 0) {
            return true; // built by tests, never by a sign-in
        }
        Optional<Current> row = jdbc.sql("select enabled, rights_version from app_user where id = :id")
                .param("id", user.id()).query(Current.class).optional();
        return row.filter(r -> r.enabled() && r.rightsVersion() == user.rightsVersion()).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user && !stillValid(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private record Current(boolean enabled, long rightsVersion) {
    }
}

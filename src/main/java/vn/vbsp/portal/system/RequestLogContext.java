package vn.vbsp.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request id and the signed-in user into the logging context (MDC keys {@code requestId} and {@code user})
 * for every line logged while a request is served, and answers the id in {@code X-Request-Id}. A proxy's
 * {@code X-Request-Id} is kept when it looks like one, so a request can be followed from the proxy's log to ours.
 * Runs after Spring Security, so the user is known; at DEBUG it logs one line per request with its status and time.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RequestLogContext extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Logger log = LoggerFactory.getLogger("vn.vbsp.portal.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        long started = System.nanoTime();
        MDC.put("requestId", requestId);
        MDC.put("user", user());
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            log.debug("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
            MDC.remove("requestId");
            MDC.remove("user");
        }
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "-" : authentication.getName();
    }
}

package vn.vbsp.portal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the limit makes the container refuse to read the form's fields, and the first to ask for one is the
 * CSRF check, before any controller: the request would end on the container's bare error page. A page that takes
 * files registers a subclass ahead of security on its upload URLs and answers the refusal itself
 * ({@link #tooLarge}), in the user's language.
 */
public abstract class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    protected UploadLimitFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    /** Answers a POST that is too large: the page again with the limit, or a message for a script. */
    protected abstract void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!UploadLimits.exceeded(e) || response.isCommitted()) {
                throw e;
            }
            tooLarge(request, response);
        }
    }
}

package vn.vbsp.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * For a page whose upload form posts back to its own URL: a file over the limit sends the user back to that page
 * with {@code ?tooLarge}, and the page says the limit in their language ({@code shared.file.too-large}) instead of
 * the container's bare English 413.
 */
public final class FormUploadLimitFilter extends UploadLimitFilter {

    private final String uriSuffix;

    private FormUploadLimitFilter(long maxRequestBytes, String uriSuffix) {
        super(maxRequestBytes);
        this.uriSuffix = uriSuffix;
    }

    /**
     * The filter on the given URL patterns, ahead of security (whose CSRF check is the first to read the form), for
     * the requests whose path ends with {@code uriSuffix} (empty for all of them).
     */
    public static FilterRegistrationBean<FormUploadLimitFilter> register(DataSize maxRequestSize, int orderAfterHighest,
            String uriSuffix, String... urlPatterns) {
        FilterRegistrationBean<FormUploadLimitFilter> registration =
                new FilterRegistrationBean<>(new FormUploadLimitFilter(maxRequestSize.toBytes(), uriSuffix));
        registration.addUrlPatterns(urlPatterns);
        registration.setName("formUploadLimit " + String.join(" ", urlPatterns));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + orderAfterHighest);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().endsWith(uriSuffix);
    }

    @Override
    protected void tooLarge(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?tooLarge");
    }
}

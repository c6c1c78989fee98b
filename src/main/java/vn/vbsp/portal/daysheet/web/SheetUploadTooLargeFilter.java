package vn.vbsp.portal.daysheet.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vbsp.portal.shared.UploadLimits;

/**
 * A sheet file over the upload limit is refused by the container while the CSRF check reads the form, ahead of any
 * controller; as for the loan-book import, this filter runs ahead of security and sends the user back to the upload
 * page, which says the limit in their language.
 */
class SheetUploadTooLargeFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    SheetUploadTooLargeFilter(DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SheetUploadTooLargeFilter> sheetUploadTooLargeFilter(
                @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
            FilterRegistrationBean<SheetUploadTooLargeFilter> registration =
                    new FilterRegistrationBean<>(new SheetUploadTooLargeFilter(maxRequestSize));
            registration.addUrlPatterns("/transaction-days/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
            return registration;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/sheet");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?tooLarge");
    }
}

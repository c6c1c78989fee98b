package vn.vbsp.portal.loanimport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.vbsp.portal.shared.UploadLimitFilter;

/**
 * An upload over the limit makes the container refuse to read the form's fields, and the first to ask for one is the
 * CSRF check, before any controller: the request would end on the container's bare error page. This filter runs ahead
 * of security for the import's two upload URLs and turns that refusal into the import page with the limit
 * (a redirect for the form, a JSON message for the page's script).
 */
class UploadTooLargeFilter extends UploadLimitFilter {

    private final long maxFileMegabytes;
    private final MessageSource messages;

    UploadTooLargeFilter(DataSize maxRequestSize, DataSize maxFileSize, MessageSource messages) {
        super(maxRequestSize.toBytes());
        this.maxFileMegabytes = maxFileSize.toBytes() / (1024 * 1024);
        this.messages = messages;
    }

    /** Puts the filter ahead of security on the import's upload URLs only. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter(MessageSource messages,
                @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
                @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
            FilterRegistrationBean<UploadTooLargeFilter> registration =
                    new FilterRegistrationBean<>(new UploadTooLargeFilter(maxRequestSize, maxFileSize, messages));
            registration.addUrlPatterns("/imports/loan-book", "/imports/loan-book/jobs");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    @Override
    protected void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().endsWith("/jobs")) {
            String message = messages.getMessage("loanimport.file.too-large", new Object[] {maxFileMegabytes},
                    RequestContextUtils.getLocale(request));
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/imports/loan-book?tooLarge");
    }
}

package vn.vbsp.portal.daysheet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import vn.vbsp.portal.shared.UploadLimitFilter;

/**
 * A sheet file over the upload limit is refused by the container while the CSRF check reads the form, ahead of any
 * controller; as for the loan-book import, this filter runs ahead of security and sends the user back to the upload
 * page, which says the limit in their language.
 */
class SheetUploadTooLargeFilter extends UploadLimitFilter {

    SheetUploadTooLargeFilter(DataSize maxRequestSize) {
        super(maxRequestSize.toBytes());
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
        return !request.getRequestURI().endsWith("/sheet");
    }

    @Override
    protected void tooLarge(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?tooLarge");
    }
}

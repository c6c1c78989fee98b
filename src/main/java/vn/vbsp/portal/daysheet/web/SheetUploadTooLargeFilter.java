package vn.vbsp.portal.daysheet.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.vbsp.portal.shared.FormUploadLimitFilter;

/**
 * A sheet file over the upload limit is refused by the container while the CSRF check reads the form, ahead of any
 * controller; as for the loan-book import, a filter ahead of security sends the user back to the upload page, which
 * says the limit in their language.
 */
@Configuration(proxyBeanMethods = false)
class SheetUploadTooLargeFilter {

    @Bean
    FilterRegistrationBean<FormUploadLimitFilter> sheetUploadLimit(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        return FormUploadLimitFilter.register(maxRequestSize, 11, "/sheet", "/transaction-days/*");
    }
}

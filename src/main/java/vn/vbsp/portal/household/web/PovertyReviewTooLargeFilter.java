package vn.vbsp.portal.household.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.vbsp.portal.shared.FormUploadLimitFilter;

/** A poverty list over the upload limit: back to the review's upload page, which says the limit in the user's language. */
@Configuration(proxyBeanMethods = false)
class PovertyReviewTooLargeFilter {

    @Bean
    FilterRegistrationBean<FormUploadLimitFilter> povertyReviewUploadLimit(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        return FormUploadLimitFilter.register(maxRequestSize, 12, "/poverty-review", "/households/poverty-review");
    }
}

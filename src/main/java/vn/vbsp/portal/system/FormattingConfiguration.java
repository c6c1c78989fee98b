package vn.vbsp.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vbsp.portal.shared.MoneyFormatter;

/** Form fields of type Money are read the one way MoneyText reads amounts. */
@Configuration(proxyBeanMethods = false)
class FormattingConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new MoneyFormatter());
    }
}

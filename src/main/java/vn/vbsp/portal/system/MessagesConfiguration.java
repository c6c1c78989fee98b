package vn.vbsp.portal.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: {@code messages} for the shell of the portal, and one bundle per module under
 * {@code i18n/} ({@code i18n/household.properties} in Vietnamese, {@code i18n/household_en.properties} in English),
 * found on the classpath so that a new module only adds its files.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        List<String> basenames = new ArrayList<>(List.of("messages"));
        basenames.addAll(moduleBundles());
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static List<String> moduleBundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
            List<String> names = new ArrayList<>();
            for (Resource file : files) {
                String name = file.getFilename();
                if (name != null && !name.contains("_")) {
                    names.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}

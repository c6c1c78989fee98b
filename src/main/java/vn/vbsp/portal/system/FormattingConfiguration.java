package vn.vbsp.portal.system;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vbsp.portal.shared.DateText;
import vn.vbsp.portal.shared.MoneyFormatter;

/**
 * Form fields of type Money are read the one way MoneyText reads amounts; dates the one way DateText reads them,
 * with or without {@code @DateTimeFormat} (which would otherwise take only ISO and any year).
 */
@Configuration(proxyBeanMethods = false)
class FormattingConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new MoneyFormatter());
        registry.addFormatterForFieldType(LocalDate.class, new DateText());
        registry.addFormatterForFieldAnnotation(new AnyDateTimeFormat());
    }

    /** {@code @DateTimeFormat} on a LocalDate reads through DateText too: ISO still, dd/MM/yyyy as well, 1900–2100. */
    private static final class AnyDateTimeFormat implements AnnotationFormatterFactory<DateTimeFormat> {

        private static final DateText DATES = new DateText();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return DATES;
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return DATES;
        }
    }
}

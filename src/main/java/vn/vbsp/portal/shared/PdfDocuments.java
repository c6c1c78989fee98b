package vn.vbsp.portal.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints a Thymeleaf template as a PDF: the page is rendered by the portal's own template engine (so {@code #{...}}
 * messages, {@code @fmt} and fragments work as on screen), read as HTML5, then laid out by openhtmltopdf with the
 * DejaVu fonts embedded so that Vietnamese diacritics print. Paper size, orientation and page numbers come from the
 * template's CSS ({@code @page}); {@code fragments/print :: styles('landscape')} and {@code :: page-footer} give the
 * portal's print look and the page numbers. The template is rendered outside a web request with {@code ${pdf}} true:
 * links must not be context-relative ({@code @{/...}}); stylesheets and images under {@code /css/} and {@code /img/}
 * are read from the application's static resources, and nothing else is fetched while printing.
 */
@Component
public class PdfDocuments {

    /** The font family every printed page uses (and {@code sans-serif}, which resolves to it). */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final String STATIC_BASE = staticBase();

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;
    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] italic = font("DejaVuSans-Oblique.ttf");

    public PdfDocuments(ITemplateEngine templates, ApplicationContext application,
            @Qualifier("mvcConversionService") ConversionService mvcConversionService) {
        this.templates = templates;
        this.application = application;
        this.conversions = mvcConversionService;
    }

    /** The template rendered with {@code model} in {@code locale}, as the bytes of a PDF file. */
    public byte[] render(String templateName, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable("pdf", true);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        String html = templates.process(templateName, context);
        return print(html);
    }

    /** A PDF answered as a download named {@code fileName} (may hold Vietnamese letters). */
    public static ResponseEntity<byte[]> download(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private byte[] print(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.useUriResolver((base, uri) -> staticResource(uri));
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (String family : new String[] {FONT_FAMILY, "sans-serif"}) {
            builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(italic), family, 400, FontStyle.ITALIC, true);
        }
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stylesheet or image of the application's own static resources, or null: nothing else is read. */
    private static String staticResource(String uri) {
        if (uri == null || uri.contains("..")) {
            return null;
        }
        if (STATIC_BASE != null && uri.startsWith(STATIC_BASE)) {
            return uri;
        }
        if (!(uri.startsWith("/css/") || uri.startsWith("/img/"))) {
            return null;
        }
        URL resource = PdfDocuments.class.getResource("/static" + uri);
        return resource == null ? null : resource.toExternalForm();
    }

    private static String staticBase() {
        URL base = PdfDocuments.class.getResource("/static/");
        return base == null ? null : base.toExternalForm();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing: is jasperreports-fonts on the classpath?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

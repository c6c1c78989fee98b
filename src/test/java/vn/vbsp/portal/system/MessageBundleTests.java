package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Both languages carry every key, and every key a template names exists. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<String> bundles = bundles();
        assertThat(bundles).contains("messages", "i18n/user");
        for (String bundle : bundles) {
            Set<String> vietnamese = keys(bundle + ".properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(english).as("keys of %s missing in English", bundle).containsAll(vietnamese);
            assertThat(vietnamese).as("keys of %s missing in Vietnamese", bundle).containsAll(english);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : bundles()) {
            for (String key : keys(bundle + ".properties")) {
                assertThat(seen.add(key)).as("%s defined again in %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        MessageSource messages = new MessagesConfiguration().messageSource();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String key : used) {
            for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                assertThat(messages.getMessage(key, null, null, locale)).as("%s in %s", key, locale).isNotNull();
            }
        }
    }

    /**
     * Every error message (a key naming an error, a refusal or a constraint) rendered in both languages with
     * arguments, as the pages render them: never a raw key, never an argument left unfilled or a quote that swallowed
     * the text after it (a lone {@code '} in a message with arguments).
     */
    @Test
    void everyErrorMessageRendersInBothLanguages() throws IOException {
        MessageSource messages = new MessagesConfiguration().messageSource();
        Object[] args = {11, 22, 33, 44, 55, 66}; // numbers: some messages format {0,number}
        int rendered = 0;
        List<String> wrong = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String key : keys(bundle + ".properties")) {
                if (!ERROR_KEY.matcher(key).find()) {
                    continue;
                }
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    String text = messages.getMessage(key, args, null, locale);
                    rendered++;
                    if (text == null || text.isBlank() || text.contains("??")) {
                        wrong.add(key + " in " + locale + ": " + text);
                    } else if (UNFILLED.matcher(text).find()) {
                        wrong.add(key + " in " + locale + " leaves an argument unfilled: " + text);
                    } else if (load(bundle + (locale.getLanguage().equals("vi") ? "" : "_en") + ".properties")
                            .getProperty(key).replaceAll("'[^']*'|\\{\\d+[^}]*}", "").length() > text.length() + 2) {
                        wrong.add(key + " in " + locale + " lost text to a quote: " + text);
                    }
                }
            }
        }
        assertThat(rendered).as("error messages rendered").isGreaterThan(200);
        assertThat(wrong).isEmpty();
    }

    private static final Pattern ERROR_KEY = Pattern.compile("(^|\\.)(error|errors|refused|invalid|typeMismatch)|-invalid|"
            + "^(NotBlank|NotNull|Size|Min|Max|Pattern|Positive|PositiveOrZero|Email|Past|Future)\\b");
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d+");

    @Test
    void vietnameseIsWrittenWithItsDiacritics() throws IOException {
        assertThat(load("messages.properties").getProperty("login.password")).isEqualTo("Mật khẩu");
        assertThat(load("i18n/report.properties").getProperty("report.col.overdue")).isEqualTo("Nợ quá hạn");
    }

    private static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .forEach(bundles::add);
        }
        return bundles;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

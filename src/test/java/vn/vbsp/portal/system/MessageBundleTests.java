package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages carry every key, and every key a template names exists. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(english).as("keys missing in English").containsAll(vietnamese);
        assertThat(vietnamese).as("keys missing in Vietnamese").containsAll(english);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> defined = keys("messages.properties");
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
        assertThat(defined).as("keys used in templates").containsAll(used);
    }

    @Test
    void vietnameseIsWrittenWithItsDiacritics() throws IOException {
        Properties vietnamese = load("messages.properties");
        assertThat(vietnamese.getProperty("login.password")).isEqualTo("Mật khẩu");
        assertThat(vietnamese.getProperty("report.col.overdue")).isEqualTo("Nợ quá hạn");
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(bundle)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

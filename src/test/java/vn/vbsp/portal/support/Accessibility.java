package vn.vbsp.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run on the page the browser shows; fails on any violation of impact serious or critical, naming each (rule,
 * target, page). axe-core is npm's package, fetched and checked by the build (the pom's {@code axe-core.version}) onto
 * the test classpath; never copied into the project.
 */
public final class Accessibility {

    private static String axe;

    private Accessibility() {
    }

    /** The serious and critical violations of the page shown, as "page: rule at target — help", for the caller to judge. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver, String pageName) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                for (Object target : (List<Object>) v.get("targets")) {
                    found.add(pageName + ": " + v.get("id") + " (" + impact + ") at " + target + " — " + v.get("help"));
                }
            }
        }
        return found;
    }

    /** Fails on a serious or critical violation of the page shown, printing each. */
    public static void check(WebDriver driver, String pageName) {
        List<String> found = violations(driver, pageName);
        found.forEach(System.out::println);
        assertThat(found).as("serious and critical accessibility violations on %s", pageName).isEmpty();
    }

    private static synchronized String script() {
        if (axe == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe-core/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath: build with Maven (process-test-resources)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}

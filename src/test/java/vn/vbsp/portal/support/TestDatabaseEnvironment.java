package vn.vbsp.portal.support;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points every application context started by the tests at {@link TestDatabase}. */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    /** Set to false by a benchmark that measures the portal with its own embedded database, as users start it. */
    public static final String ENABLED = "vbsp.test.use-test-database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        TestDatabase.Connection db = TestDatabase.get();
        environment.getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }
}

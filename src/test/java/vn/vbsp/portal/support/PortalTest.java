package vn.vbsp.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole portal on the test PostgreSQL with the demo office loaded, driven through MockMvc or, for
 * what only a real server does (error pages, browsers), over HTTP on a random port.
 * Every test class so annotated shares one application context (and so one database). The report snapshots are not
 * warmed up in the background, so that tests alone decide when one is built. Sessions stay in the container here
 * (MockMvc tests carry theirs in a {@code MockHttpSession}); sessions in PostgreSQL are tested with portal processes
 * ({@code TwoInstancesTests}, {@code CrashTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vbsp.demo-data=true", "vbsp.report.snapshots.warm-up=false", "vbsp.loan.catch-up.on-start=false",
                "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
public @interface PortalTest {
}

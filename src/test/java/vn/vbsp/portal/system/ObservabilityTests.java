package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Metrics for Prometheus behind the administrator's login, and a request id on every answer. */
@PortalTest
class ObservabilityTests {

    @Autowired MockMvcTester mvc;

    @Test
    void prometheusReadsRequestTimesSignedInAsAnAdministratorOnly() {
        mvc.get().uri("/login").exchange();
        assertThat(mvc.get().uri("/actuator/prometheus").with(TestUsers.as(Role.ADMIN))).hasStatusOk().bodyText()
                .contains("http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "hikaricp_connections_active");
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", "demo"))).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus").with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus").with(TestUsers.as(Role.DIRECTOR))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", "wrong"))).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyAnswerCarriesItsRequestIdAndKeepsOneAProxyGave() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().headers().containsHeader("X-Request-Id");
        assertThat(mvc.get().uri("/login").header("X-Request-Id", "proxy-1234abcd")).headers()
                .hasValue("X-Request-Id", "proxy-1234abcd");
        assertThat(mvc.get().uri("/login").header("X-Request-Id", "<script>").exchange().getResponse()
                .getHeader("X-Request-Id")).isNotEqualTo("<script>").hasSize(36);
    }
}

package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;

/** The session cookie is SameSite=Lax; over HTTPS the browser is told to keep to HTTPS (HSTS). */
@PortalTest
class SessionCookieTests {

    @LocalServerPort int port;
    @Autowired MockMvcTester mvc;

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void overHttpsTheAnswerCarriesHsts() {
        assertThat(mvc.get().uri("/login").secure(true)).hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        assertThat(mvc.get().uri("/login")).doesNotContainHeader("Strict-Transport-Security");
    }
}

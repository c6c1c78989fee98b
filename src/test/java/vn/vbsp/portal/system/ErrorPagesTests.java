package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vbsp.portal.support.PortalTest;

/** Error pages as the servlet container serves them, over real HTTP with a real session. */
@PortalTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String loginPage = get("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        var login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=canbo&password=demo&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownPageIsAFriendlyVietnamese404() throws Exception {
        var response = get("/khong-co-trang-nay");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy", "Về trang chủ").doesNotContain("Whitelabel");
    }

    @Test
    void aPageOfAnotherRoleIsAFriendlyVietnamese403() throws Exception {
        var response = get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Không có quyền truy cập");
    }

    @Test
    void aMalformedIdIsA400PageNotAStackTrace() throws Exception {
        var response = get("/supervision?year=20x6");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Năm không hợp lệ").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

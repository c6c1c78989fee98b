package vn.vbsp.portal.loanimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.PortalTest;

/** A file over the upload limit, sent over real HTTP the way the page's form sends it: a clear page, nothing written. */
@PortalTest
class UploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=canbo&password=demo&_csrf=" + token(login))).build(),
                HttpResponse.BodyHandlers.ofString());
        String form = http.send(HttpRequest.newBuilder(uri("/imports/loan-book")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("id=\"import-form\" action=\"([^\"]+)\"").matcher(form);
        assertThat(action.find()).isTrue();
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String boundary = "----so-cho-vay-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"asOf\"\r\n\r\n"
                + LoanBookImportTests.AS_OF + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"qua-lon.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] line = "X01,Xã,12,Thôn 1,HND,T-1,Tổ 1,A,Nguyễn Văn A,040000000001,NGHEO,HN,L-1,2024-01-01,2027-01-01,1,1,0,0\n"
                .getBytes(StandardCharsets.UTF_8);
        while (body.size() < 30L * 1024 * 1024 + 50_000) {
            body.writeBytes(line);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(303);
        String page = http.send(HttpRequest.newBuilder(uri(response.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Tệp lớn hơn giới hạn 30 MB").contains("id=\"import-form\"");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String token(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }
}

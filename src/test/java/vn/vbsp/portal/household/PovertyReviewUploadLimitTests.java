package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.PortalTest;

/**
 * A poverty list over the upload limit, sent over real HTTP (the container refuses it before any controller): the
 * upload page again with the limit in Vietnamese, never Tomcat's English 413, and no household touched.
 */
@PortalTest
class PovertyReviewUploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListOverTheLimitComesBackToTheUploadPageWithTheLimit() {
        PortalClient staff = new PortalClient("http://localhost:" + port).login("canbo", "demo");
        staff.get("/households/poverty-review");
        String before = categories();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("cccd,name,category,year\n".getBytes(StandardCharsets.UTF_8));
        byte[] line = "001085012345,Nguyễn Văn An,NGHEO,2025\n".getBytes(StandardCharsets.UTF_8);
        while (file.size() < 31L * 1024 * 1024 + 10_000) {
            file.writeBytes(line);
        }
        PortalClient.Reply refused = staff.upload("/households/poverty-review", "qua-lon.csv", file.toByteArray(), Map.of());

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).endsWith("/households/poverty-review?tooLarge");
        PortalClient.Reply page = staff.get("/households/poverty-review?tooLarge");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"review-too-large\"").contains("Tệp lớn hơn giới hạn 30 MB")
                .contains("id=\"review-upload\"");
        assertThat(categories()).isEqualTo(before);
    }

    private String categories() {
        return jdbc.sql("select coalesce(string_agg(id || ':' || category, ',' order by id), '') from household")
                .query(String.class).single();
    }
}

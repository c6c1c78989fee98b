package vn.vbsp.portal.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.system.SubmitTokens;

/** Setting a commune's capital plan by programme and source, and what is left of it. */
@PortalTest
class CapitalPlanTests {

    @Autowired MockMvcTester mvc;
    @Autowired SubmitTokens submitTokens;
    @Autowired JdbcClient jdbc;
    @Autowired CapitalPlans plans;

    @Test
    void theDirectorSetsACommunesPlanAndTheOverviewShowsWhatIsLeft() {
        String code = "KH" + UUID.randomUUID().toString().substring(0, 6);
        long commune = jdbc.sql("insert into commune (code, name) values (:c, :n) returning id").param("c", code)
                .param("n", "Xã Kế Hoạch " + code).query(Long.class).single();
        int hn = jdbc.sql("select id from programme where code = 'HN'").query(Integer.class).single();
        int central = jdbc.sql("select id from capital_source where code = 'TRUNG_UONG'").query(Integer.class).single();
        int local = jdbc.sql("select id from capital_source where code = 'DIA_PHUONG'").query(Integer.class).single();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

        assertThat(mvc.get().uri("/capital/{y}/{c}", year, commune).with(TestUsers.as(Role.DIRECTOR))).hasStatusOk()
                .bodyText().contains("Xã Kế Hoạch " + code, "Vốn cân đối từ Trung ương");
        var saved = mvc.post().uri("/capital/{y}/{c}", year, commune).with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("token", submitTokens.issueFor(TestUsers.username(Role.DIRECTOR)))
                .param("amount_" + hn + "_" + central, "300.000.000").param("amount_" + hn + "_" + local, "50000000");
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/capital?year=" + year);

        Headroom headroom = plans.headroom(year, commune, hn);
        assertThat(headroom.plan().dong()).isEqualTo(350_000_000);
        assertThat(headroom.left().dong()).isEqualTo(350_000_000);
        assertThat(mvc.get().uri("/capital").param("year", String.valueOf(year)).with(TestUsers.as(Role.BOARD))).hasStatusOk()
                .bodyText().contains("Xã Kế Hoạch " + code, "350.000.000 ₫");

        mvc.post().uri("/capital/{y}/{c}", year, commune).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("token", submitTokens.issueFor(TestUsers.username(Role.ADMIN)))
                .param("amount_" + hn + "_" + central, "200.000.000").param("amount_" + hn + "_" + local, "50000000").exchange();
        assertThat(plans.headroom(year, commune, hn).plan().dong()).isEqualTo(250_000_000);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CAPITAL_PLAN_SET' and after->>'communeId' = :c")
                .param("c", String.valueOf(commune)).query(Long.class).single()).isEqualTo(3);

        for (String wrong : List.of("1,5", "1.5", "-5")) {
            var refused = mvc.post().uri("/capital/{y}/{c}", year, commune).with(TestUsers.as(Role.ADMIN)).with(csrf())
                    .param("token", submitTokens.issueFor(TestUsers.username(Role.ADMIN)))
                    .param("amount_" + hn + "_" + central, wrong).param("amount_" + hn + "_" + local, "70.000.000").exchange();
            assertThat(refused).hasStatusOk().bodyText().contains("Số tiền phải là số đồng nguyên", "chưa lưu gì");
            assertThat(refused).body().asString().contains("data-field-error=\"amount_" + hn + "_" + central + "\"",
                    "value=\"" + wrong + "\"", "value=\"70.000.000\"");
            assertThat(plans.headroom(year, commune, hn).plan().dong()).isEqualTo(250_000_000);
        }
        assertThat(mvc.post().uri("/capital/{y}/{c}", year, commune).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("amount_" + hn + "_" + central, "1")).hasStatus(HttpStatus.FORBIDDEN);
    }
}

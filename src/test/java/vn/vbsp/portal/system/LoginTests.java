package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.LoginThrottle;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserCommand;
import vn.vbsp.portal.user.domain.UserAccountService;

@PortalTest
class LoginTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin, /admin/users, Người dùng",
            "canbo, /desk, Bàn làm việc",
            "giamdoc, /dashboard, Tổng quan dư nợ",
            "hoinongdan, /officer, Hội Nông dân",
            "hoiphunu, /officer, Hội Liên hiệp Phụ nữ",
            "bandaidien, /dashboard, Tổng quan dư nợ",
    })
    void eachDemoUserLandsOnThePageForTheirRole(String username, String landing, String shows) {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf())
                .param("username", username).param("password", "demo"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(landing);
        assertThat(mvc.get().uri(landing).session(session)).hasStatusOk().bodyText().contains(shows);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "canbo").param("password", "sai-mat-khau"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error")).bodyText().contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "canbo").param("password", "demo"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledAccountGetTheSameAnswer() {
        long id = accounts.create("ngung.thu", "dung-mat-khau", new UserCommand("Người thử ngừng", Role.STAFF, null, null)).getId();
        accounts.setEnabled(id, false, "admin");
        String[][] attempts = {{"canbo", "sai-mat-khau"}, {"khong.co.ai", "demo"}, {"ngung.thu", "dung-mat-khau"}};
        for (String[] attempt : attempts) {
            assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.0.1"))
                    .param("username", attempt[0]).param("password", attempt[1]))
                    .as(attempt[0]).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
        }
    }

    @Test
    void fourWrongPasswordsThenTheRightOneLetsTheUserIn() {
        accounts.create("gan.khoa", "dung-mat-khau", new UserCommand("Người thử gần khóa", Role.BOARD, null, null));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.post().uri("/login").with(csrf()).with(from("10.20.0.2")).param("username", "gan.khoa").param("password", "sai").exchange();
        }
        assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.0.2")).param("username", "gan.khoa").param("password", "dung-mat-khau"))
                .redirectedUrl().isEqualTo("/");
    }

    @Test
    void anAccountThatMustWaitIsRefusedEvenTheRightPasswordUntilTheAdministratorLiftsTheWait() {
        accounts.create("cho.thu", "dung-mat-khau", new UserCommand("Người thử chờ", Role.STAFF, null, null));
        jdbc.sql("""
                insert into login_throttle (kind, key, failures, last_failure, blocked_until)
                values ('ACCOUNT', 'cho.thu', 9, now(), now() + interval '5 minutes')
                """).update();
        assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.0.3")).param("username", "cho.thu").param("password", "dung-mat-khau"))
                .redirectedUrl().isEqualTo("/login?error");

        assertThat(mvc.get().uri("/admin/login-waits").with(TestUsers.as(Role.ADMIN)))
                .hasStatusOk().bodyText().contains("cho.thu");
        assertThat(mvc.get().uri("/admin/login-waits").with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/login-waits/lift").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("kind", "ACCOUNT").param("key", "cho.thu")).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.0.3")).param("username", "cho.thu").param("password", "dung-mat-khau"))
                .redirectedUrl().isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN_WAIT_LIFTED' and entity_id = 'ACCOUNT:cho.thu'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void manyFailuresFromOneClientAcrossAccountsMakeThatClientWaitButNotOthers() {
        for (int attempt = 1; attempt <= LoginThrottle.Kind.CLIENT.free() + 1; attempt++) {
            mvc.post().uri("/login").with(csrf()).with(from("10.20.9.9")).param("username", "doan.mo." + attempt).param("password", "x").exchange();
        }
        assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.9.9")).param("username", "canbo").param("password", "demo"))
                .redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.post().uri("/login").with(csrf()).with(from("10.20.9.10")).param("username", "canbo").param("password", "demo"))
                .redirectedUrl().isEqualTo("/");
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theAdministratorPasswordFromTheEnvironmentTakesEffectAtStartUp() {
        try {
            accounts.ensureAdministrator("mat-khau-quan-tri");
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "mat-khau-quan-tri"))
                    .redirectedUrl().isEqualTo("/");
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "demo"))
                    .redirectedUrl().isEqualTo("/login?error");
        } finally {
            accounts.ensureAdministrator("demo");
        }
    }
}

package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        accounts.create("khoa.thu", "dung-mat-khau", new UserCommand("Người thử khóa", Role.STAFF, null, null));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(mvc.post().uri("/login").with(csrf()).param("username", "khoa.thu").param("password", "sai-" + attempt))
                    .redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "khoa.thu").param("password", "dung-mat-khau"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?locked");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("Tài khoản đã bị khóa");
    }

    @Test
    void fourWrongPasswordsThenTheRightOneLetsTheUserIn() {
        accounts.create("gan.khoa", "dung-mat-khau", new UserCommand("Người thử gần khóa", Role.BOARD, null, null));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.post().uri("/login").with(csrf()).param("username", "gan.khoa").param("password", "sai").exchange();
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "gan.khoa").param("password", "dung-mat-khau"))
                .redirectedUrl().isEqualTo("/");
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

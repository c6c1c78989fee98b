package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

@PortalTest
class AccessByRoleTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/dashboard")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void healthAnswersWithoutLogin() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void theLoginPageIsVietnameseByDefaultAndEnglishOnRequest() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Mật khẩu", "Đăng nhập");
        assertThat(mvc.get().uri("/login").param("lang", "en")).hasStatusOk().bodyText().contains("Password", "Sign in");
    }

    @ParameterizedTest(name = "{0} may open {1}: {2}")
    @CsvSource({
            "ADMIN, /admin/users, true",
            "STAFF, /admin/users, false",
            "DIRECTOR, /admin/users, false",
            "BOARD, /admin/users, false",
            "ASSOCIATION, /admin/users, false",
            "ADMIN, /admin/audit, true",
            "STAFF, /admin/audit, false",
            "STAFF, /desk, true",
            "ADMIN, /desk, true",
            "DIRECTOR, /desk, true",
            "BOARD, /desk, false",
            "ASSOCIATION, /desk, false",
            "BOARD, /dashboard, true",
            "DIRECTOR, /dashboard, true",
            "STAFF, /dashboard, false",
            "ASSOCIATION, /dashboard, false",
            "ASSOCIATION, /officer, true",
            "STAFF, /officer, false",
            "BOARD, /supervision, true",
            "ASSOCIATION, /fees/entrustment, true",
            "STAFF, /calendar, true",
            "BOARD, /calendar, false",
    })
    void eachPageIsOpenToItsRolesOnly(Role role, String page, boolean allowed) {
        var result = mvc.get().uri(page).with(role == Role.ASSOCIATION ? TestUsers.officer(1, null) : TestUsers.as(role));
        if (allowed) {
            assertThat(result).hasStatusOk();
        } else {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasForwardedUrl("/error/403");
        }
    }

    @Test
    void aRefusedPageSaysSoInVietnamese() {
        assertThat(mvc.get().uri("/error/403").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("Không có quyền truy cập");
    }
}

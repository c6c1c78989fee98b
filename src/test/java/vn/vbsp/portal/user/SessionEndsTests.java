package vn.vbsp.portal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.domain.UserAccountService;

/** Rights end at once: the open session of a user whose rights change is ended on its next request. */
@PortalTest
class SessionEndsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountService accounts;

    @Test
    void disablingAStaffUserEndsTheirOpenSessionForReadingAndWriting() {
        assertSessionEndsWhen(id -> accounts.setEnabled(id, false, "admin"));
    }

    @Test
    void changingTheRoleEndsTheOpenSession() {
        assertSessionEndsWhen(id -> accounts.update(id, new UserCommand("Người thử phiên", Role.BOARD, null, null)));
    }

    @Test
    void changingAnOfficersScopeEndsTheOpenSession() {
        String name = "phien." + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "mat-khau-phien", new UserCommand("Cán bộ hội thử", Role.ASSOCIATION, 1, null)).getId();
        MockHttpSession session = signIn(name);
        accounts.update(id, new UserCommand("Cán bộ hội thử", Role.ASSOCIATION, 2, null));
        assertThat(mvc.get().uri("/groups").session(session)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/login?expired");
    }

    @Test
    void resettingThePasswordEndsTheOpenSessionAndTheNewPasswordWorks() {
        String name = assertSessionEndsWhen(id -> accounts.resetPassword(id, "mat-khau-moi-1"));
        MockHttpSession again = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(again).with(csrf()).param("username", name).param("password", "mat-khau-moi-1"))
                .redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/households").session(again)).hasStatusOk();
    }

    @Test
    void changingOnlyTheNameKeepsTheSession() {
        String name = "ten." + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "mat-khau-phien", new UserCommand("Tên cũ", Role.STAFF, null, null)).getId();
        MockHttpSession session = signIn(name);
        accounts.update(id, new UserCommand("Tên mới", Role.STAFF, null, null));
        assertThat(mvc.get().uri("/households").session(session)).hasStatusOk();
    }

    @Test
    void theLoginPageSaysWhyTheSessionEnded() {
        assertThat(mvc.get().uri("/login?expired")).hasStatusOk().bodyText().contains("Vui lòng đăng nhập lại.");
    }

    private String assertSessionEndsWhen(LongConsumer change) {
        String name = "phien." + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "mat-khau-phien", new UserCommand("Người thử phiên", Role.STAFF, null, null)).getId();
        MockHttpSession session = signIn(name);
        assertThat(mvc.get().uri("/households").session(session)).hasStatusOk();

        change.accept(id);

        assertThat(mvc.post().uri("/households").session(session).with(csrf()).param("headName", "Không được ghi"))
                .as("a write from the old session").hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/households").session(session)).as("a read from the old session")
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isNotEqualTo("/households");
        return name;
    }

    private MockHttpSession signIn(String name) {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf()).param("username", name).param("password", "mat-khau-phien"))
                .redirectedUrl().isEqualTo("/");
        return session;
    }
}

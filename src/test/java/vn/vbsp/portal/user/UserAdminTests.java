package vn.vbsp.portal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.domain.UserAccountService;

@PortalTest
class UserAdminTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService accounts;

    @Test
    void anAdministratorCreatesAnAssociationOfficerScopedToOneCommune() {
        long communeId = jdbc.sql("select min(id) from commune").query(Long.class).single();
        var created = mvc.post().uri("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("username", "hpn.xa1").param("fullName", "Trần Thị Hoa").param("role", "ASSOCIATION")
                .param("associationId", "2").param("communeId", String.valueOf(communeId)).param("password", "mat-khau-moi");
        assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/users/");

        var row = jdbc.sql("select role, association_id, commune_id, password_hash from app_user where username = 'hpn.xa1'")
                .query().singleRow();
        assertThat(row).containsEntry("role", "ASSOCIATION").containsEntry("association_id", 2).containsEntry("commune_id", communeId);
        assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain("mat-khau-moi");
        assertThat(audited("USER_CREATED", "hpn.xa1")).isEqualTo(1);
    }

    @Test
    void aFormWithMistakesIsShownAgainWithVietnameseMessagesAndNothingSaved() {
        var result = mvc.post().uri("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("username", "có dấu").param("fullName", "").param("role", "ASSOCIATION").param("password", "ngan");
        assertThat(result).hasStatusOk().bodyText()
                .contains("Tên đăng nhập gồm 3–50 ký tự", "Không được để trống.", "Mật khẩu phải có từ 8 đến 100 ký tự.");
        assertThat(jdbc.sql("select count(*) from app_user where full_name = ''").query(Long.class).single()).isZero();
    }

    @Test
    void anOfficerWithoutAnAssociationIsRefused() {
        var result = mvc.post().uri("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("username", "khong.hoi").param("fullName", "Lê Văn Bình").param("role", "ASSOCIATION")
                .param("password", "mat-khau-du-dai");
        assertThat(result).hasStatusOk().bodyText().contains("Cán bộ hội đoàn thể phải thuộc một hội.");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'khong.hoi'").query(Long.class).single()).isZero();
    }

    @Test
    void aTakenUsernameIsRefused() {
        var result = mvc.post().uri("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("username", "canbo").param("fullName", "Người khác").param("role", "STAFF").param("password", "mat-khau-du-dai");
        assertThat(result).hasStatusOk().bodyText().contains("Tên đăng nhập này đã có người dùng.");
    }

    @Test
    void deactivatingAndResettingAreAudited() {
        long id = accounts.create("tam.ngung", "mat-khau-cu-1", new UserCommand("Phạm Văn Tạm", Role.BOARD, null, null)).getId();
        assertThat(mvc.post().uri("/admin/users/{id}/enabled", id).with(TestUsers.as(Role.ADMIN)).with(csrf()).param("enabled", "false"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "tam.ngung").param("password", "mat-khau-cu-1"))
                .redirectedUrl().isEqualTo("/login?error"); // the same answer as a wrong password

        mvc.post().uri("/admin/users/{id}/enabled", id).with(TestUsers.as(Role.ADMIN)).with(csrf()).param("enabled", "true").exchange();
        var reset = mvc.post().uri("/admin/users/{id}/password", id).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("newPassword", "khac-nhau-1").param("confirmPassword", "khac-nhau-2");
        assertThat(reset).hasStatusOk().bodyText().contains("Hai lần nhập mật khẩu không khớp.");
        mvc.post().uri("/admin/users/{id}/password", id).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("newPassword", "demo-moi-123").param("confirmPassword", "demo-moi-123").exchange();
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "tam.ngung").param("password", "demo-moi-123"))
                .redirectedUrl().isEqualTo("/");

        assertThat(audited("USER_DEACTIVATED", "tam.ngung")).isEqualTo(1);
        assertThat(audited("USER_ACTIVATED", "tam.ngung")).isEqualTo(1);
        assertThat(audited("USER_PASSWORD_RESET", "tam.ngung")).isEqualTo(1);
    }

    @Test
    void anotherRoleCannotCreateUsers() {
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("username", "ke.gian").param("fullName", "X").param("role", "ADMIN").param("password", "mat-khau-du-dai"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'ke.gian'").query(Long.class).single()).isZero();
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_log where action = :action and (after->>'username' = :u or before->>'username' = :u)")
                .param("action", action).param("u", username).query(Long.class).single();
    }
}

package vn.vbsp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** The audit-log page: for ADMIN and DIRECTOR only, filtered by user, action, record type and days, paged. */
@PortalTest
class AuditLogPageTests {

    @Autowired MockMvcTester mvc;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transactions;

    @Test
    void theDirectorReadsTheLogAndOthersBesidesTheAdministratorDoNot() {
        assertThat(mvc.get().uri("/admin/audit").with(TestUsers.as(Role.DIRECTOR))).hasStatusOk()
                .bodyText().contains("Nhật ký thay đổi");
        assertThat(mvc.get().uri("/admin/audit").with(TestUsers.as(Role.ADMIN))).hasStatusOk();
        for (Role role : new Role[] {Role.STAFF, Role.BOARD}) {
            assertThat(mvc.get().uri("/admin/audit").with(TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/admin/audit").with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void entriesAreFoundByUserActionRecordTypeAndDayAndComeAPageAtATime() throws Exception {
        String user = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 55; i++) {
                trail.recordAs(user, "TEST_FILTERED", "test_record", i, Map.of(), Map.of("n", i));
            }
            trail.recordAs(user, "TEST_OTHER", "other_record", 99, Map.of(), Map.of("n", 99));
        });

        String page = mvc.get().uri("/admin/audit").param("username", user).param("action", "TEST_FILTERED")
                .with(TestUsers.as(Role.DIRECTOR)).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("test_record #54").doesNotContain("other_record #").contains("1–50 trên 55");
        String second = body("/admin/audit?username=" + user + "&action=TEST_FILTERED&page=2");
        assertThat(second).contains("test_record #0").doesNotContain("test_record #54");
        assertThat(body("/admin/audit?username=" + user + "&entity=other_record")).contains("other_record #99")
                .doesNotContain("test_record #");
        assertThat(body("/admin/audit?username=" + user + "&from=2000-01-01&to=2000-12-31")).doesNotContain("test_record #");
    }

    @Test
    void aWrongDayOrAnUpsideDownRangeIsSaidNextToItsFieldNotA500() {
        assertThat(mvc.get().uri("/admin/audit").param("from", "31/02/2026").with(TestUsers.as(Role.ADMIN))).hasStatusOk()
                .bodyText().contains("Ngày không hợp lệ");
        assertThat(mvc.get().uri("/admin/audit").param("from", "2026-03-01").param("to", "2026-02-01")
                .with(TestUsers.as(Role.ADMIN))).hasStatusOk().bodyText().contains("Ngày cuối không được trước ngày đầu.");
        assertThat(mvc.get().uri("/admin/audit").param("username", "x".repeat(300)).with(TestUsers.as(Role.ADMIN)))
                .hasStatusOk().bodyText().contains("Độ dài phải từ 0 đến 100 ký tự.");
    }

    private String body(String uri) throws Exception {
        return mvc.get().uri(uri).with(TestUsers.as(Role.DIRECTOR)).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

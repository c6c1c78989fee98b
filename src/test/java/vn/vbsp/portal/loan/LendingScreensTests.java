package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.system.SubmitTokens;

/** The lending screens in both languages, and the steps an application goes through on them. */
@PortalTest
class LendingScreensTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired MockMvcTester mvc;
    @Autowired SubmitTokens submitTokens;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    @Test
    void anApplicationGoesFromTheFormToALoanOnTheScreens() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 5);
        fixtures.capitalPlan(office, "HCN", TODAY.getYear(), 300_000_000);
        long household = fixtures.member(office, "CAN_NGHEO");
        String cccd = fixtures.cccd(household);

        assertThat(mvc.get().uri("/loans/applications/new").param("q", cccd).with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains(cccd, "Hộ cận nghèo");
        assertThat(mvc.get().uri("/loans/applications/new").param("householdId", String.valueOf(household))
                .with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText().contains(office.groupName(), "Mục đích sử dụng vốn");

        var created = mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HCN"))).param("amount", "45.000.000 ₫")
                .param("termMonths", "36").param("instalmentMonths", "6").param("purpose", "Nuôi lợn nái")
                .param("appliedOn", TODAY.minusDays(3).toString()).param("token", "screens-" + household).exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(mvc.get().uri("/loans/applications/{id}", id).with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("Chờ tổ bình xét", "45.000.000 ₫", "7,92 %/năm");

        assertThat(mvc.get().uri("/loans/reviews").param("groupId", String.valueOf(office.groupId())).with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains(office.groupName(), "45.000.000 ₫", "Ghi biên bản");
        assertThat(mvc.post().uri("/loans/reviews").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("groupId", String.valueOf(office.groupId())).param("heldOn", TODAY.minusDays(2).toString())
                .param("attendees", "Tổ trưởng, 25 tổ viên, trưởng thôn").param("decision_" + id, "AGREED"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/reviews");
        assertThat(mvc.get().uri("/loans/certifications").param("communeId", String.valueOf(office.communeId()))
                .with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText().contains("Ghi xác nhận");
        assertThat(mvc.post().uri("/loans/certifications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("communeId", String.valueOf(office.communeId())).param("certifiedOn", TODAY.minusDays(1).toString())
                .param("reference", "15/XN-UBND").param("applicationIds", String.valueOf(id)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/loans/applications/{id}/approve", id).with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("businessDate", TODAY.toString())).hasStatus(HttpStatus.FOUND).flash().containsKey("flash");

        assertThat(mvc.get().uri("/loans/applications/{id}/notice", id).with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("THÔNG BÁO PHÊ DUYỆT CHO VAY", "Mẫu số 04/TD", "45.000.000 ₫", "Hộ cận nghèo",
                        "7,92 %/năm", "36 tháng", Lending.DIRECTOR);
        assertThat(mvc.get().uri("/loans/applications/{id}/notice", id).param("lang", "en").with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains("NOTICE OF LOAN APPROVAL", "7.92 % a year");

        String token = submitTokens.issueFor(TestUsers.username(Role.STAFF));
        var disbursed = mvc.post().uri("/loans/applications/{id}/disburse", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("businessDate", TODAY.toString()).param("atPoint", "true").param("token", token).exchange();
        assertThat(disbursed).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/loans/");
        String loanUrl = disbursed.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri("/loans/applications/{id}/disburse", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("businessDate", TODAY.toString()).param("token", token))
                .as("the same form again is refused with a message").hasStatus(HttpStatus.CONFLICT)
                .bodyText().contains("đã được gửi một lần");

        assertThat(mvc.get().uri(loanUrl).with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText()
                .contains("Dư nợ", "45.000.000 ₫", "Lịch trả nợ gốc", "Giải ngân", "Thu nợ gốc", "Tất toán");
        assertThat(mvc.get().uri(loanUrl).with(TestUsers.as(Role.DIRECTOR))).hasStatusOk().bodyText()
                .contains("Hủy giải ngân");
        assertThat(mvc.get().uri(loanUrl).param("asOf", TODAY.minusDays(1).toString()).param("lang", "en")
                .with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText().contains("Outstanding", "Principal repayment schedule")
                .doesNotContain("Take principal");
        assertThat(mvc.get().uri("/loans/use-checks").with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText()
                .contains("Kiểm tra sử dụng vốn");
    }

    @Test
    void theDemoOfficesLoansShowTheirHistory() {
        long extended = jdbc.sql("select min(loan_id) from loan_txn where kind = 'EXTENSION'").query(Long.class).single();
        assertThat(mvc.get().uri("/loans/{id}", extended).with(TestUsers.as(Role.DIRECTOR))).hasStatusOk().bodyText()
                .contains("Gia hạn nợ", "Tính lãi", "Thu lãi", "(gia hạn, hạn cũ");
        long writtenOff = jdbc.sql("select min(loan_id) from loan_txn where kind = 'WRITE_OFF'").query(Long.class).single();
        assertThat(mvc.get().uri("/loans/{id}", writtenOff).with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText()
                .contains("Đã xóa nợ", "Khoanh nợ", "Xóa nợ");
        assertThat(mvc.get().uri("/loans").param("status", "WRITTEN_OFF").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("Đã xóa nợ");
    }

    @Test
    void aLateCheckOfUseIsFlaggedAndItsResultRecorded() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures.Office office = fixtures.office("HPN", 5);
        long loan = lending.disbursed(office, fixtures.member(office, "NGHEO"), "HN", 20_000_000, 24, 12,
                date("2026-01-02"), date("2026-01-05"));
        String loanNo = jdbc.sql("select loan_no from loan where id = :id").param("id", loan).query(String.class).single();

        String commune = String.valueOf(office.communeId());
        assertThat(mvc.get().uri("/loans/use-checks").param("filter", "LATE").param("communeId", commune)
                .with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText().contains(loanNo, "Quá hạn kiểm tra");
        assertThat(mvc.get().uri("/loans/use-checks/{id}", loan).with(TestUsers.as(Role.STAFF))).hasStatusOk();
        assertThat(mvc.post().uri("/loans/use-checks/{id}", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("checkedOn", "2026-02-20").param("usedAsIntended", "false").param("checker", "Chủ tịch Hội xã"))
                .hasStatus(HttpStatus.FOUND).flash().containsKey("refusal");
        assertThat(mvc.post().uri("/loans/use-checks/{id}", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("checkedOn", "2026-02-20").param("usedAsIntended", "false").param("checker", "Chủ tịch Hội xã")
                .param("note", "Dùng một phần để sửa nhà")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/use-checks");
        assertThat(jdbc.sql("select checked_on || '/' || used_as_intended || '/' || recorded_by from loan_use_check where loan_id = :id")
                .param("id", loan).query(String.class).single()).isEqualTo("2026-02-20/false/test-staff");
        assertThat(mvc.get().uri("/loans/use-checks").param("filter", "LATE").param("communeId", commune)
                .with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText().contains(loanNo, "Không đúng mục đích (20/02/2026)");
    }
}

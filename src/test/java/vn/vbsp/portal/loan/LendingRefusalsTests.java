package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.system.SubmitTokens;

/** Bad input is refused with a clear Vietnamese message, and nothing is written. */
@PortalTest
class LendingRefusalsTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;
    @Autowired SubmitTokens submitTokens;
    @Autowired MessageSource messages;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired RepaymentService repayments;

    private LendingFixtures fixtures;
    private Lending lending;
    private LendingFixtures.Office office;

    @BeforeEach
    void setUp() {
        fixtures = new LendingFixtures(jdbc);
        lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        office = fixtures.office("HND", 12);
    }

    @Test
    void anAmountAboveTheCeilingCountingOpenApplications() {
        long household = fixtures.member(office, "NGHEO");
        lending.apply(office, household, "HN", 80_000_000, 36, 12, TODAY);
        String message = refused("loan.error.ceiling", () -> lending.apply(office, household, "HN", 30_000_000, 36, 12, TODAY));
        assertThat(message).isEqualTo("Vượt mức cho vay tối đa 100.000.000 ₫ của chương trình: hộ đang còn dư nợ 0 ₫ "
                + "và hồ sơ đang chờ 80.000.000 ₫, nên chỉ còn được vay thêm 20.000.000 ₫.");
        assertThat(applicationsOf(household)).isEqualTo(1);
    }

    @Test
    void aTermLongerThanTheProgrammeAllows() {
        long household = fixtures.member(office, "NGHEO");
        assertThat(refused("loan.error.term", () -> lending.apply(office, household, "HN", 30_000_000, 121, 12, TODAY)))
                .isEqualTo("Thời hạn vay 121 tháng vượt thời hạn tối đa 120 tháng của chương trình Hộ nghèo.");
        assertThat(applicationsOf(household)).isZero();
    }

    @Test
    void aHouseholdOfTheWrongCategory() {
        long household = fixtures.member(office, "CAN_NGHEO");
        assertThat(refused("loan.error.category", () -> lending.apply(office, household, "HN", 30_000_000, 36, 12, TODAY)))
                .isEqualTo("Hộ cận nghèo không thuộc đối tượng cho vay của chương trình Hộ nghèo.");
        assertThat(applicationsOf(household)).isZero();
    }

    @Test
    void aHouseholdThatIsNotAnActiveMemberOfTheGroup() {
        long household = fixtures.household(office, "NGHEO");
        refused("loan.error.not-member", () -> lending.apply(office, household, "HN", 30_000_000, 36, 12, TODAY));
        long leaver = fixtures.member(office, "NGHEO");
        jdbc.sql("update group_member set left_on = date '2025-01-01' where household_id = :h").param("h", leaver).update();
        refused("loan.error.not-member", () -> lending.apply(office, leaver, "HN", 30_000_000, 36, 12, TODAY));
        assertThat(applicationsOf(household) + applicationsOf(leaver)).isZero();
    }

    @Test
    void aDisbursementOfAnApplicationNotApproved() {
        long household = fixtures.member(office, "NGHEO");
        long application = lending.apply(office, household, "HN", 30_000_000, 36, 12, TODAY.minusDays(3));
        lending.reviewAndCertify(office, application, TODAY.minusDays(3));
        assertThat(refused("loan.error.not-approved",
                () -> disbursements.disburse(application, TODAY, true, UUID.randomUUID().toString(), Lending.STAFF)))
                .isEqualTo("Hồ sơ đang ở trạng thái “UBND xã đã xác nhận”: chỉ giải ngân được hồ sơ đã được phê duyệt.");
        assertThat(jdbc.sql("select count(*) from loan where application_id = :a").param("a", application)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anApprovalByWhoeverPreparedTheApplication() {
        long household = fixtures.member(office, "NGHEO");
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 500_000_000);
        long application = lending.apply(office, household, "HN", 30_000_000, 36, 12, TODAY.minusDays(3));
        lending.reviewAndCertify(office, application, TODAY.minusDays(3));
        assertThat(refused("loan.error.maker-checker", () -> approvals.approve(application, TODAY, Lending.STAFF)))
                .startsWith("Người lập không được tự phê duyệt");
        assertThat(lending.status(application)).isEqualTo("CERTIFIED");
    }

    @Test
    void anApprovalBeyondTheCommunesCapitalPlanSaysHowMuchIsLeft() {
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 100_000_000);
        long first = fixtures.member(office, "NGHEO");
        lending.approved(office, first, "HN", 88_000_000, 36, 12, TODAY.minusDays(4));
        long second = fixtures.member(office, "NGHEO");
        long application = lending.apply(office, second, "HN", 20_000_000, 36, 12, TODAY.minusDays(4));
        lending.reviewAndCertify(office, application, TODAY.minusDays(4));
        String message = refused("loan.error.capital", () -> approvals.approve(application, TODAY, Lending.DIRECTOR));
        assertThat(message).contains("Kế hoạch vốn năm " + TODAY.getYear(), "Còn lại 12.000.000 ₫");
        assertThat(lending.status(application)).isEqualTo("CERTIFIED");
    }

    @Test
    void paymentsThatCannotBe() {
        long household = fixtures.member(office, "NGHEO");
        long loan = lending.disbursed(office, household, "HN", 30_000_000, 36, 12, date("2025-03-01"), date("2025-03-12"));
        long rows = rows(loan);

        refused("loan.error.amount-positive", () -> repayments.repayPrincipal(loan, TODAY, Money.ZERO, null, Lending.STAFF));
        refused("loan.error.amount-positive", () -> repayments.repayPrincipal(loan, TODAY, Money.of(-5_000), null, Lending.STAFF));
        refused("loan.error.amount-positive", () -> repayments.payInterest(loan, TODAY, Money.of(-1), null, Lending.STAFF));
        assertThat(refused("loan.error.before-disbursement",
                () -> repayments.repayPrincipal(loan, date("2025-03-11"), Money.of(1_000_000), null, Lending.STAFF)))
                .isEqualTo("Ngày 11/03/2025 trước ngày giải ngân 12/03/2025: khi đó khoản vay chưa tồn tại.");
        refused("loan.error.future-date",
                () -> repayments.repayPrincipal(loan, TODAY.plusDays(1), Money.of(1_000_000), null, Lending.STAFF));
        assertThat(refused("loan.error.more-than-outstanding",
                () -> repayments.repayPrincipal(loan, TODAY, Money.of(30_000_001), null, Lending.STAFF)))
                .isEqualTo("Số tiền 30.000.001 ₫ vượt dư nợ gốc 30.000.000 ₫.");
        assertThat(rows(loan)).as("the ledger is untouched, catch-up included").isEqualTo(rows);

        repayments.settle(loan, TODAY, null, Lending.STAFF);
        long settled = rows(loan);
        assertThat(refused("loan.error.closed", () -> repayments.repayPrincipal(loan, TODAY, Money.of(1_000), null, Lending.STAFF)))
                .contains("ở trạng thái “Đã tất toán”: không nhận thêm giao dịch");
        assertThat(rows(loan)).isEqualTo(settled);
    }

    @Test
    void theApplicationFormShowsItsRefusalsInVietnamese() {
        long household = fixtures.member(office, "CAN_NGHEO");
        var result = mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HN"))).param("amount", "30.000.000")
                .param("termMonths", "36").param("instalmentMonths", "12").param("purpose", "Nuôi bò")
                .param("appliedOn", TODAY.toString()).param("token", UUID.randomUUID().toString());
        assertThat(result).hasStatusOk().bodyText()
                .contains("Hộ cận nghèo không thuộc đối tượng cho vay của chương trình Hộ nghèo.");
        var badAmount = mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HCN"))).param("amount", "ba mươi triệu")
                .param("termMonths", "36").param("instalmentMonths", "12").param("purpose", "Nuôi bò")
                .param("appliedOn", TODAY.toString());
        assertThat(badAmount).hasStatusOk().bodyText().contains("Số tiền phải là số đồng nguyên");
        assertThat(applicationsOf(household)).isZero();

        var ok = mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HCN"))).param("amount", "30.000.000")
                .param("termMonths", "36").param("instalmentMonths", "12").param("purpose", "Nuôi bò")
                .param("appliedOn", TODAY.toString()).param("token", "form-" + household);
        assertThat(ok).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/loans/applications/");
        mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HCN"))).param("amount", "30.000.000")
                .param("termMonths", "36").param("instalmentMonths", "12").param("purpose", "Nuôi bò")
                .param("appliedOn", TODAY.toString()).param("token", "form-" + household).exchange();
        assertThat(applicationsOf(household)).as("the same form sent twice makes one application").isEqualTo(1);
    }

    @Test
    void aRefusedPaymentFromTheLoanPageComesBackWithItsMessage() {
        long household = fixtures.member(office, "NGHEO");
        long loan = lending.disbursed(office, household, "HN", 30_000_000, 36, 12, date("2025-05-01"), date("2025-05-12"));
        long rows = rows(loan);
        var result = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", submitTokens.issueFor(TestUsers.username(Role.STAFF))).param("amount", "-500.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/" + loan);
        // a sign is refused by the shared money reader, at the field, before the service sees anything
        assertThat(result).flash().containsKey("typed");
        assertThat(rows(loan)).isEqualTo(rows);
    }

    /** Runs what must be refused, checks the key and answers the Vietnamese message. */
    private String refused(String key, Executable action) {
        Throwable thrown = catchThrowable(action::execute);
        assertThat(thrown).as("refused with %s", key).isInstanceOf(LoanRuleException.class);
        LoanRuleException e = (LoanRuleException) thrown;
        assertThat(e.messageKey()).isEqualTo(key);
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments()), VIETNAMESE);
    }

    private long applicationsOf(long household) {
        return jdbc.sql("select count(*) from loan_application where household_id = :h").param("h", household)
                .query(Long.class).single();
    }

    private long rows(long loan) {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l").param("l", loan).query(Long.class).single();
    }
}

package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
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
import vn.vbsp.portal.system.SubmitTokens;
import vn.vbsp.portal.user.Role;

/** Money moves once per form: a server-issued one-time token on every posting form, refused when missing or reused. */
@PortalTest
class DoubleSubmitTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Pattern TOKEN = Pattern.compile("id=\"principal-form\".*?name=\"token\" value=\"([0-9a-f]{48})\"", Pattern.DOTALL);

    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;
    @Autowired SubmitTokens submitTokens;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    private long loan;

    @BeforeEach
    void aLoan() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 12);
        long household = fixtures.member(office, "NGHEO");
        loan = lending.disbursed(office, household, "HN", 30_000_000, 36, 12, TODAY.minusMonths(2), TODAY.minusMonths(2).plusDays(10));
    }

    @Test
    void aRepaymentWithoutATokenIsRefusedWithAMessageAndPostsNothing() {
        long rows = rows();
        var result = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("amount", "1.000.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Biểu mẫu thiếu mã xác nhận");
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aTokenMadeUpOrIssuedToSomeoneElseIsRefused() {
        long rows = rows();
        for (String token : new String[] {"1234", submitTokens.issueFor("canbo-khac")}) {
            assertThat(mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                    .param("token", token).param("amount", "1.000.000").param("businessDate", TODAY.toString()))
                    .hasStatus(HttpStatus.BAD_REQUEST);
        }
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void theTokenOfTheLoanPageTakesOnePaymentAndTheSecondClickIsRefused() throws Exception {
        String page = mvc.get().uri("/loans/{id}", loan).with(TestUsers.as(Role.STAFF)).exchange().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the repayment form carries a token").isTrue();
        long rows = rows();

        var first = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", token.group(1)).param("amount", "1.000.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(first).hasStatus(HttpStatus.FOUND).flash().containsKey("flash");
        long afterFirst = rows();
        assertThat(afterFirst).isGreaterThan(rows);

        var again = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .header("Referer", "http://localhost/loans/" + loan)
                .param("token", token.group(1)).param("amount", "1.000.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(again).hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("Biểu mẫu này đã được gửi một lần và đã được xử lý");
        assertThat(again.getResponse().getContentAsString()).contains("href=\"/loans/" + loan + "\"");
        assertThat(rows()).as("one payment, not two").isEqualTo(afterFirst);
    }

    @Test
    void aPaymentTheLedgerRefusesGivesItsTokenBackSoTheCorrectedFormPostsOnce() {
        String token = submitTokens.issueFor(TestUsers.username(Role.STAFF));
        long rows = rows();

        var refused = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", token).param("amount", "900.000.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsKey("refusal");
        assertThat(rows()).isEqualTo(rows);
        assertThat(used(token)).as("the refused posting spent nothing, the token included").isFalse();

        var corrected = mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", token).param("amount", "1.000.000").param("businessDate", TODAY.toString()).exchange();
        assertThat(corrected).hasStatus(HttpStatus.FOUND).flash().containsKey("flash");
        long afterPayment = rows();
        assertThat(afterPayment).isGreaterThan(rows);
        assertThat(used(token)).isTrue();

        assertThat(mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", token).param("amount", "1.000.000").param("businessDate", TODAY.toString()))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(rows()).as("one payment, not two").isEqualTo(afterPayment);
    }

    @Test
    void theRefusalReadsInEnglishToo() {
        assertThat(mvc.post().uri("/loans/{id}/settle", loan).param("lang", "en").with(TestUsers.as(Role.STAFF)).with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("The form has no confirmation code");
    }

    @Test
    void aRoleThatMayNotPostIsToldSoBeforeAnyTokenIsLookedAt() {
        assertThat(mvc.post().uri("/loans/{id}/principal", loan).with(TestUsers.as(Role.BOARD)).with(csrf())
                .param("amount", "1.000.000")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyMoneyFormOnTheLoanPagesCarriesAToken() throws Exception {
        String loanPage = mvc.get().uri("/loans/{id}", loan).with(TestUsers.as(Role.STAFF)).exchange().getResponse().getContentAsString();
        for (String form : new String[] {"principal-form", "interest-form", "settle-form", "proposal-form"}) {
            int start = loanPage.indexOf("id=\"" + form + "\"");
            assertThat(start).as(form).isPositive();
            assertThat(loanPage.substring(start, loanPage.indexOf("</form>", start))).as(form)
                    .containsPattern("<input type=\"hidden\" name=\"token\" value=\"[0-9a-f]{48}\">");
        }
    }

    private boolean used(String token) {
        return jdbc.sql("select used_at is not null from submit_token where token = :t").param("t", token)
                .query(Boolean.class).single();
    }

    private long rows() {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l").param("l", loan).query(Long.class).single();
    }
}

package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.shared.VietnameseText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** No input a user can type gets a 500: it gets a message saying what is wrong, in the user's language. */
@PortalTest
class NoServerErrorTests {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SubmitTokens submitTokens;

    /** A page that takes a day: the loan page as it stood at the end of {@code asOf}. */
    private String loanPage() {
        return "/loans/" + jdbc.sql("select id from loan where status = 'ACTIVE' order by id limit 1").query(Long.class).single();
    }

    @ParameterizedTest(name = "loan page asOf={0}")
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "2101-01-01", "31/02/2026", "abc", "99999-01-01"})
    void aDateOutside1900To2100OrNoDateAtAllIsA400WithAMessage(String asOf) {
        assertThat(mvc.get().uri(loanPage()).param("asOf", asOf).with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Ngày không hợp lệ").doesNotContain("??");
        assertThat(mvc.get().uri(loanPage()).param("asOf", asOf).param("lang", "en").with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Not a valid date").doesNotContain("??");
    }

    @Test
    void aReportDateIsHeldToTheSameRange() {
        assertThat(mvc.get().uri("/reports/portfolio").param("asOf", "2500-01-01").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDateIsReadAsTheOfficeWritesItAsWellAsInIso() {
        assertThat(mvc.get().uri(loanPage()).param("asOf", "05/03/2026").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("05/03/2026");
        assertThat(mvc.get().uri(loanPage()).param("asOf", "2026-03-05").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("05/03/2026");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/households", "/loans", "/groups", "/loans/applications", "/loans/use-checks", "/reports/overdue"})
    void aNulCharacterInASearchIsDroppedNotAServerError(String path) {
        assertThat(mvc.get().uri(path).param("q", "Nguy\u0000n").param("commune", "\u0000").with(TestUsers.as(Role.STAFF)))
                .satisfies(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
    }

    @Test
    void loanSearchTakesPercentAndUnderscoreLiterally() {
        assertThat(VietnameseText.likeLiteral("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(mvc.get().uri("/loans").param("q", "%").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().doesNotContain("PGD-");
    }

    @Test
    void aDecisionNumberLongerThanItsColumnComesBackWithAMessageAndWritesNothing() {
        long loan = jdbc.sql("select min(id) from loan where status = 'ACTIVE'").query(Long.class).single();
        long decisions = decisions(loan);
        var result = mvc.post().uri("/loans/{id}/decisions", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .header("Referer", "http://localhost/loans/" + loan)
                .param("token", submitTokens.issueFor(TestUsers.username(Role.STAFF)))
                .param("kind", "FREEZE").param("decisionNo", "QĐ-".repeat(40)).param("reason", "Thử độ dài")
                .param("effectiveOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()).param("amount", "1000").exchange();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/" + loan);
        assertThat(result.getMvcResult().getFlashMap().values()).isNotEmpty();
        assertThat(decisions(loan)).isEqualTo(decisions);
    }

    @Test
    void textTooLongForTheDatabaseWithoutAFormToGoBackToIsA400Page() {
        long loan = jdbc.sql("select min(id) from loan where status = 'ACTIVE'").query(Long.class).single();
        var result = mvc.post().uri("/loans/{id}/decisions", loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", submitTokens.issueFor(TestUsers.username(Role.STAFF)))
                .param("kind", "FREEZE").param("decisionNo", "1").param("reason", "x".repeat(600))
                .param("effectiveOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()).param("amount", "1000").exchange();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
    }

    private long decisions(long loan) {
        return jdbc.sql("select count(*) from loan_decision where loan_id = :l").param("l", loan).query(Long.class).single();
    }
}

package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vbsp.portal.system.SubmitTokens;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Every money form of the loan module reads amounts one way (the shared money formatter): {@code 1,5}, {@code 1.5}
 * and {@code -5} are refused with the message at the field, the form comes back as typed, and nothing is posted.
 */
@PortalTest
class LoanMoneyFormsTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String MESSAGE = "Số tiền phải là số đồng nguyên";

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SubmitTokens submitTokens;

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.5", "-5"})
    void theApplicationFormRefusesAnAmountThatIsNotWholeDong(String amount) {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 5);
        long household = fixtures.member(office, "CAN_NGHEO");
        var refused = mvc.post().uri("/loans/applications").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("householdId", String.valueOf(household)).param("groupId", String.valueOf(office.groupId()))
                .param("programmeId", String.valueOf(fixtures.programme("HCN"))).param("amount", amount)
                .param("termMonths", "36").param("instalmentMonths", "6").param("purpose", "Nuôi bò")
                .param("appliedOn", TODAY.toString()).param("token", "money-" + household).exchange();
        assertThat(refused).hasStatusOk().bodyText().contains(MESSAGE);
        assertThat(refused).body().asString().contains("value=\"" + amount + "\"", "value=\"Nu&ocirc;i b&ograve;\"", "is-invalid");
        assertThat(jdbc.sql("select count(*) from loan_application where household_id = :h").param("h", household)
                .query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.5", "-5"})
    void theLoanPageFormsRefuseAnAmountThatIsNotWholeDong(String amount) throws Exception {
        long loan = jdbc.sql("select id from loan where status = 'ACTIVE' order by id limit 1").query(Long.class).single();
        long rows = ledgerRows(loan);
        for (String[] form : new String[][] {{"principal", "principal-amount"}, {"interest", "interest-amount"},
                {"decisions", "decision-amount"}}) {
            var posted = mvc.post().uri("/loans/{id}/" + form[0], loan).with(TestUsers.as(Role.STAFF)).with(csrf())
                    .param("amount", amount).param("businessDate", TODAY.toString()).param("kind", "FREEZE")
                    .param("decisionNo", "QĐ-thử").param("reason", "Thiên tai").param("token", submitTokens.issueFor(TestUsers.username(Role.STAFF)))
                    .exchange();
            assertThat(posted).hasStatus(HttpStatus.FOUND);
            Object typed = posted.getMvcResult().getFlashMap().get("typed");
            assertThat(typed).as(form[0]).isNotNull();
            var page = mvc.get().uri("/loans/{id}", loan).with(TestUsers.as(Role.STAFF)).flashAttr("typed", typed).exchange();
            assertThat(page).hasStatusOk().bodyText().contains(MESSAGE);
            String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String input = html.substring(html.lastIndexOf("<input", html.indexOf("id=\"" + form[1] + "\"")));
            input = input.substring(0, input.indexOf('>'));
            assertThat(input).as(form[0]).contains("value=\"" + amount + "\"", "is-invalid");
        }
        assertThat(ledgerRows(loan)).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from loan_decision where loan_id = :l and decision_no = 'QĐ-thử'")
                .param("l", loan).query(Long.class).single()).isZero();
    }

    private long ledgerRows(long loan) {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l").param("l", loan).query(Long.class).single();
    }
}

package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** The day page by role: who reads, who posts, who closes and reverses; a typed mistake lands on its line. */
@PortalTest
class CollectionScreensTests {

    @Autowired MockMvcTester mvc;
    @Autowired CollectionDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    CollectionFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        today = CollectionFixtures.today();
    }

    private String dayUri(CollectionFixtures.Commune commune) {
        return "/transaction-days/" + commune.code() + "/" + today;
    }

    private List<SheetLine> lines(CollectionFixtures.Commune commune) {
        return desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow().lines();
    }

    private long postedLines(CollectionFixtures.Commune commune) {
        return jdbc.sql("select count(*) from collection_line where loan_id in (:ids) and reversed_at is null")
                .param("ids", commune.loans()).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @CsvSource({
            "ASSOCIATION, /transaction-days, 403", "BOARD, /transaction-days, 403",
            "STAFF, /transaction-days, 200", "DIRECTOR, /transaction-days, 200", "ADMIN, /transaction-days, 200",
            "ASSOCIATION, /transaction-days/reversals, 403", "BOARD, /transaction-days/reversals, 403"})
    void readingByRole(Role role, String path, int status) {
        assertThat(mvc.get().uri(path).with(TestUsers.as(role))).hasStatus(status);
    }

    @Test
    void theDayPageIsForTheOfficeAndChangesAreForTheirRoles() {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        String uri = dayUri(commune);
        assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.ASSOCIATION))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(uri).with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.BOARD))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.DIRECTOR))).hasStatusOk().bodyText()
                .contains(commune.loanNos().get(0), commune.loanNos().get(1));
        assertThat(mvc.get().uri("/transaction-days/NO-SUCH/" + today).with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.NOT_FOUND);

        String sheet = uri + "/sheets/" + commune.groupId();
        for (Role role : List.of(Role.DIRECTOR, Role.BOARD, Role.ASSOCIATION)) {
            assertThat(mvc.post().uri(sheet).with(TestUsers.as(role)).with(csrf()).param("token", "t-" + role)
                    .param("lines[0].loanNo", commune.loanNos().get(0)).param("lines[0].interest", "1.000"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        for (Role role : List.of(Role.STAFF, Role.ADMIN, Role.BOARD)) {
            assertThat(mvc.post().uri(uri + "/lines/1/reverse").with(TestUsers.as(role)).with(csrf())
                    .param("reason", "nhầm")).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri(uri + "/close").with(TestUsers.as(Role.BOARD)).with(csrf())
                .param("countedCash", "0")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postedLines(commune)).isZero();
    }

    @Test
    void aTypedMistakeIsRefusedAtItsLineKeepingWhatWasTyped() throws Exception {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        List<SheetLine> due = lines(commune);
        var result = mvc.post().uri(dayUri(commune) + "/sheets/" + commune.groupId()).with(TestUsers.as(Role.STAFF))
                .with(csrf()).param("token", "typo-" + commune.code())
                .param("lines[0].loanNo", due.get(0).loanNo()).param("lines[0].interest", MoneyText.print(due.get(0).interestDue()))
                .param("lines[1].loanNo", due.get(1).loanNo()).param("lines[1].interest", "1,5").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Số tiền không có phần lẻ");
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("data-line=\"2\"").contains("value=\"1,5\"")
                .contains("value=\"" + MoneyText.print(due.get(0).interestDue()) + "\"");
        assertThat(postedLines(commune)).isZero();
    }

    @Test
    void staffPostsTheSheetAndClosesAnEvenDayAndADifferenceNeedsTheDirector() {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        List<SheetLine> due = lines(commune);
        String uri = dayUri(commune);
        String interest = MoneyText.print(due.get(0).interestDue());
        assertThat(mvc.post().uri(uri + "/sheets/" + commune.groupId()).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("token", "ok-" + commune.code())
                .param("lines[0].loanNo", due.get(0).loanNo()).param("lines[0].interest", interest)
                .param("lines[1].loanNo", due.get(1).loanNo()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(postedLines(commune)).isEqualTo(1);
        assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText().contains(interest);

        assertThat(mvc.post().uri(uri + "/close").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("countedCash", "1")).hasStatus(HttpStatus.FOUND).flash().containsKey("refusal");
        assertThat(mvc.post().uri(uri + "/close").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("countedCash", "1").param("note", "Thừa 1 đồng")).hasStatus(HttpStatus.FOUND)
                .flash().containsKey("refusal");
        assertThat(status(commune)).isEqualTo("OPEN");
        assertThat(mvc.post().uri(uri + "/close").with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("countedCash", "1").param("note", "Thừa 1 đồng")).hasStatus(HttpStatus.FOUND)
                .flash().containsEntry("flash", "collection.flash.closed");
        assertThat(status(commune)).isEqualTo("CLOSED");
    }

    @Test
    void aDirectorReversesAPostedLineAfterClosingAndTheRightLineCanThenBePosted() {
        CollectionFixtures.Commune commune = fixtures.commune(1);
        SheetLine line = lines(commune).get(0);
        desk.post(new DayEntry(commune.code(), today, null, "rev-" + commune.code(), List.of(new LinePayment(1,
                line.loanNo(), line.interestDue(), line.principalDue(), null, null, false, null))), "test-staff");
        long lineId = jdbc.sql("select id from collection_line where loan_id = :l").param("l", line.loanId())
                .query(Long.class).single();
        String uri = dayUri(commune);
        assertThat(mvc.post().uri(uri + "/close").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("countedCash", MoneyText.print(line.interestDue().plus(line.principalDue()))))
                .flash().containsEntry("flash", "collection.flash.closed");

        assertThat(mvc.post().uri(uri + "/lines/" + lineId + "/reverse").with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("reason", "Ghi nhầm số tiền")).flash().containsEntry("flash", "collection.flash.reversed");

        assertThat(postedLines(commune)).isZero();
        assertThat(fixtures.broken(commune.loans())).isZero();
        assertThat(jdbc.sql("select count(*) from loan_txn where loan_id = :l and kind = 'REVERSAL'")
                .param("l", line.loanId()).query(Long.class).single()).isEqualTo(2);
        assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.DIRECTOR))).hasStatusOk().bodyText()
                .contains("Ghi nhầm số tiền");
    }

    private String status(CollectionFixtures.Commune commune) {
        return jdbc.sql("""
                select d.status from transaction_day d join transaction_point p on p.id = d.point_id
                where p.commune_id = :c and d.held_on = :d
                """).param("c", commune.office().communeId()).param("d", today).query(String.class).single();
    }
}

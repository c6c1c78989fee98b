package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DecisionKind;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.loan.domain.RiskService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.system.SubmitTokens;

/**
 * Who may do what on the lending screens: state changes only for their roles (403 otherwise), and an association
 * officer sees only their own organisation's applications and loans (404 for another's, as if it did not exist).
 */
@PortalTest
class LendingAccessTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired MockMvcTester mvc;
    @Autowired SubmitTokens submitTokens;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired RiskService risks;

    private LendingFixtures fixtures;
    private Lending lending;
    private LendingFixtures.Office farmers;
    private long loan;
    private long application;

    @BeforeEach
    void setUp() {
        fixtures = new LendingFixtures(jdbc);
        lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        farmers = fixtures.office("HND", 20);
        loan = lending.disbursed(farmers, fixtures.member(farmers, "NGHEO"), "HN", 25_000_000, 36, 12,
                date("2026-02-02"), date("2026-02-20"));
        application = jdbc.sql("select application_id from loan where id = :id").param("id", loan).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "BOARD, /loans/applications, 403",
            "ASSOCIATION, /loans/applications, 403",
            "DIRECTOR, /loans/applications, 403",
            "STAFF, /loans/applications/{a}/approve, 403",
            "ADMIN, /loans/applications/{a}/approve, 403",
            "BOARD, /loans/applications/{a}/reject, 403",
            "DIRECTOR, /loans/applications/{a}/disburse, 403",
            "BOARD, /loans/applications/{a}/withdraw, 403",
            "DIRECTOR, /loans/{l}/principal, 403",
            "BOARD, /loans/{l}/interest, 403",
            "ASSOCIATION, /loans/{l}/settle, 403",
            "STAFF, /loans/{l}/cancel, 403",
            "DIRECTOR, /loans/{l}/decisions, 403",
            "STAFF, /loans/{l}/decisions/1/approve, 403",
            "BOARD, /loans/use-checks/{l}, 403",
            "BOARD, /loans/reviews, 403",
            "DIRECTOR, /loans/certifications, 403",
            "STAFF, /loans/nightly-run, 403",
            "DIRECTOR, /loans/nightly-run, 403",
            "STAFF, /capital/2026/{c}, 403",
            "BOARD, /capital/2026/{c}, 403",
    })
    void aStateChangeByAnotherRoleIsForbidden(Role role, String path, int status) {
        long rows = rows();
        var result = mvc.post().uri(path.replace("{a}", String.valueOf(application)).replace("{l}", String.valueOf(loan))
                        .replace("{c}", String.valueOf(farmers.communeId())))
                .with(user(role)).with(csrf()).param("amount", "1000000").param("reason", "thử").param("businessDate", TODAY.toString());
        assertThat(result).hasStatus(status);
        assertThat(rows()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0} may open {1}: {2}")
    @CsvSource({
            "STAFF, /loans/applications/new, 200",
            "BOARD, /loans/applications/new, 403",
            "ASSOCIATION, /loans/reviews, 403",
            "ADMIN, /loans/nightly-run, 200",
            "STAFF, /loans/nightly-run, 403",
            "DIRECTOR, /capital, 200",
            "BOARD, /capital, 200",
            "ASSOCIATION, /capital, 403",
            "BOARD, /loans, 200",
            "ASSOCIATION, /loans/use-checks, 200",
    })
    void pagesOpenToTheirRoles(Role role, String path, int status) {
        assertThat(mvc.get().uri(path).with(user(role))).hasStatus(status);
    }

    @Test
    void theOrganisationRecordsTheCheckOfUseOfItsOwnLoansOnly() {
        int womenId = fixtures.association("HPN");
        assertThat(mvc.get().uri("/loans/use-checks/{id}", loan).with(TestUsers.officer(womenId, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/loans/use-checks/{id}", loan).with(TestUsers.officer(womenId, null)).with(csrf())
                .param("checkedOn", "2026-02-25").param("usedAsIntended", "true").param("checker", "Hội Phụ nữ"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select checked_on is null from loan_use_check where loan_id = :l").param("l", loan)
                .query(Boolean.class).single()).isTrue();
        assertThat(mvc.get().uri("/loans/use-checks/{id}", loan).with(user(Role.ASSOCIATION))).hasStatusOk();
        assertThat(mvc.post().uri("/loans/use-checks/{id}", loan).with(user(Role.ASSOCIATION)).with(csrf())
                .param("checkedOn", "2026-02-25").param("usedAsIntended", "true").param("checker", "Chi hội Nông dân"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select checker from loan_use_check where loan_id = :l").param("l", loan)
                .query(String.class).single()).isEqualTo("Chi hội Nông dân");
    }

    @Test
    void anOfficerSeesTheirOwnOrganisationsLoansOnly() {
        int farmersId = fixtures.association("HND");
        int womenId = fixtures.association("HPN");
        String loanNo = jdbc.sql("select loan_no from loan where id = :id").param("id", loan).query(String.class).single();

        assertThat(mvc.get().uri("/loans/{id}", loan).with(TestUsers.officer(farmersId, null))).hasStatusOk()
                .bodyText().contains(loanNo);
        assertThat(mvc.get().uri("/loans/{id}", loan).with(TestUsers.officer(farmersId, farmers.communeId()))).hasStatusOk();
        assertThat(mvc.get().uri("/loans/{id}", loan).with(TestUsers.officer(womenId, null))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/loans/{id}", loan).with(TestUsers.officer(farmersId, farmers.communeId() + 100_000)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/loans/applications/{id}", application).with(TestUsers.officer(womenId, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/loans/applications/{id}/notice", application).with(TestUsers.officer(womenId, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        String link = "href=\"/loans/" + loan + "\"";
        assertThat(mvc.get().uri("/loans").param("q", loanNo).with(TestUsers.officer(womenId, null))).hasStatusOk()
                .bodyText().doesNotContain(link);
        assertThat(mvc.get().uri("/loans").param("q", loanNo).with(TestUsers.officer(farmersId, null))).hasStatusOk()
                .bodyText().contains(link);
        assertThat(mvc.get().uri("/loans/use-checks").with(TestUsers.officer(womenId, farmers.communeId()))).hasStatusOk()
                .bodyText().doesNotContain(loanNo);
        assertThat(mvc.get().uri("/loans/use-checks").with(TestUsers.officer(farmersId, farmers.communeId()))).hasStatusOk()
                .bodyText().contains(loanNo);
    }

    @Test
    void whoeverPreparedAnApplicationCannotApproveItOnTheScreen() {
        fixtures.capitalPlan(farmers, "HN", TODAY.getYear(), 500_000_000);
        long household = fixtures.member(farmers, "NGHEO");
        // a director who also recorded the application: the TestUsers director signs in as "test-director"
        long own = applications.apply(new ApplicationService.NewApplication(household, farmers.groupId(),
                fixtures.programme("HN"), Money.of(10_000_000), 24, 12, "Mua máy cày", TODAY.minusDays(2),
                UUID.randomUUID().toString()), Lending.DIRECTOR);
        lending.reviewAndCertify(farmers, own, TODAY.minusDays(2));

        var result = mvc.post().uri("/loans/applications/{id}/approve", own).with(TestUsers.as(Role.DIRECTOR)).with(csrf())
                .param("businessDate", TODAY.toString());
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/applications/" + own);
        assertThat(result).flash().containsKey("refusal");
        assertThat(lending.status(own)).isEqualTo("CERTIFIED");

        long decision = risks.propose(loan, new RiskService.Proposal(DecisionKind.FREEZE, "099/2026/QĐ-KN", "Thử",
                TODAY, Money.of(1_000_000), null, null, null), Lending.DIRECTOR);
        var approve = mvc.post().uri("/loans/{l}/decisions/{d}/approve", loan, decision).with(TestUsers.as(Role.DIRECTOR))
                .with(csrf()).param("token", submitTokens.issueFor(TestUsers.username(Role.DIRECTOR))).param("businessDate", TODAY.toString());
        assertThat(approve).hasStatus(HttpStatus.FOUND).flash().containsKey("refusal");
        assertThat(jdbc.sql("select status from loan_decision where id = :id").param("id", decision).query(String.class).single())
                .isEqualTo("PROPOSED");
    }

    @Test
    void theAdministratorStartsTheNightlyRunByHand() {
        var result = mvc.post().uri("/loans/nightly-run").with(TestUsers.as(Role.ADMIN)).with(csrf()).param("through", "2020-01-10");
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/loans/nightly-run");
        assertThat(result).flash().containsKey("notice");
    }

    private RequestPostProcessor user(Role role) {
        return role == Role.ASSOCIATION ? TestUsers.officer(fixtures.association("HND"), null) : TestUsers.as(role);
    }

    private long rows() {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l").param("l", loan).query(Long.class).single();
    }
}

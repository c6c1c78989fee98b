package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Who sees and changes which household: ADMIN and STAFF change, every role reads; an ASSOCIATION officer reads only
 * households that are active members of their organisation's groups, and gets the same 404 for any other.
 */
@PortalTest
class HouseholdAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    HouseholdFixtures fixtures;
    HouseholdFixtures.Place place;
    HouseholdFixtures.Place elsewhere;
    long farmers;      // H1: active member of a Farmers' Association group
    long women;        // H2: active member of a Women's Union group
    long leftFarmers;  // H3: left its Farmers' group
    long farmersLoan;
    long directLoan;
    long womenLoan;
    int hnd;

    @BeforeEach
    void households() {
        fixtures = new HouseholdFixtures(jdbc);
        place = fixtures.place();
        elsewhere = fixtures.place();
        hnd = fixtures.associationId("HND");
        long farmersGroup = fixtures.group("HND", place);
        long womenGroup = fixtures.group("HPN", place);
        farmers = fixtures.household(place.villageId(), "Nông Văn Một", HouseholdFixtures.cccd(), "NGHEO");
        women = fixtures.household(place.villageId(), "Phụ Thị Hai", HouseholdFixtures.cccd(), "NGHEO");
        leftFarmers = fixtures.household(place.villageId(), "Nông Văn Ba", HouseholdFixtures.cccd(), "NGHEO");
        fixtures.join(farmersGroup, farmers, null);
        fixtures.join(womenGroup, women, null);
        fixtures.join(farmersGroup, leftFarmers, LocalDate.of(2023, 6, 30));
        LocalDate disbursed = LocalDate.of(2024, 3, 12);
        farmersLoan = fixtures.loan(farmers, farmersGroup, place.communeId(), "HN", 40_000_000, disbursed);
        directLoan = fixtures.loan(farmers, null, place.communeId(), "NOXH", 300_000_000, disbursed);
        womenLoan = fixtures.loan(women, womenGroup, place.communeId(), "HCN", 20_000_000, disbursed);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DIRECTOR", "BOARD"})
    void directorAndBoardReadButChangeNothing(Role role) {
        assertThat(mvc.get().uri("/households").param("commune", String.valueOf(place.communeId())).with(TestUsers.as(role)))
                .hasStatusOk().bodyText().contains("Nông Văn Một", "Phụ Thị Hai").doesNotContain("id=\"new-household\"");
        assertThat(mvc.get().uri("/households/{id}", farmers).with(TestUsers.as(role)))
                .hasStatusOk().bodyText().contains("Nông Văn Một").doesNotContain("id=\"edit-household\"");
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", farmers, directLoan).with(TestUsers.as(role)))
                .hasStatusOk();

        assertThat(mvc.get().uri("/households/new").with(TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/households/{id}/edit", farmers).with(TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
        String cccd = HouseholdFixtures.cccd();
        assertThat(mvc.post().uri("/households").with(TestUsers.as(role)).with(csrf())
                .param("headName", "Không Được Tạo").param("cccd", cccd).param("villageId", String.valueOf(place.villageId()))
                .param("category", "NGHEO")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from household where cccd = :c").param("c", cccd).query(Long.class).single()).isZero();
        assertThat(update(farmers, TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(name(farmers)).isEqualTo("Nông Văn Một");

        assertThat(mvc.get().uri("/households/poverty-review").with(TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/households/poverty-review").with(TestUsers.as(role)).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "ds.csv", "text/csv", "cccd,name,category,year\n".getBytes())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/households/poverty-review/confirm").with(TestUsers.as(role)).with(csrf())
                .param("token", "x")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffAndAdministratorsSeeTheEditButtons() {
        for (Role role : new Role[] {Role.STAFF, Role.ADMIN}) {
            assertThat(mvc.get().uri("/households/{id}", farmers).with(TestUsers.as(role))).hasStatusOk().bodyText()
                    .contains("id=\"edit-household\"");
            assertThat(mvc.get().uri("/households").with(TestUsers.as(role))).hasStatusOk().bodyText()
                    .contains("id=\"new-household\"", "id=\"poverty-review-link\"");
        }
    }

    @Test
    void anOfficerListsOnlyActiveMembersOfTheirOrganisationsGroups() {
        var list = mvc.get().uri("/households").param("commune", String.valueOf(place.communeId()))
                .with(TestUsers.officer(hnd, null));
        assertThat(list).hasStatusOk().bodyText().contains("Nông Văn Một")
                .doesNotContain("Phụ Thị Hai", "Nông Văn Ba", "id=\"new-household\"", "id=\"poverty-review-link\"");
        assertThat(mvc.get().uri("/households").param("q", "nong van").param("commune", String.valueOf(place.communeId()))
                .with(TestUsers.officer(hnd, null))).bodyText().contains("Nông Văn Một").doesNotContain("Nông Văn Ba");
    }

    @Test
    void anOfficerReadsTheirHouseholdWithOnlyTheirOrganisationsLoans() {
        var page = mvc.get().uri("/households/{id}", farmers).with(TestUsers.officer(hnd, null));
        assertThat(page).hasStatusOk().bodyText().contains("Nông Văn Một", "data-loan-id=\"" + farmersLoan + "\"")
                .doesNotContain("data-loan-id=\"" + directLoan + "\"", "id=\"edit-household\"");
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", farmers, farmersLoan).with(TestUsers.officer(hnd, null)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/households/{id}", farmers).with(TestUsers.officer(hnd, place.communeId())))
                .hasStatusOk();
    }

    @Test
    void anotherOrganisationsHouseholdIsNotFoundForAnOfficer() {
        assertThat(mvc.get().uri("/households/{id}", women).with(TestUsers.officer(hnd, null))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/households/{id}", leftFarmers).with(TestUsers.officer(hnd, null))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", women, womenLoan).with(TestUsers.officer(hnd, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        // their own household's URL with another household's loan, or with a loan outside their organisation
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", farmers, womenLoan).with(TestUsers.officer(hnd, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", farmers, directLoan).with(TestUsers.officer(hnd, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        // a commune-level officer of another commune
        assertThat(mvc.get().uri("/households/{id}", farmers).with(TestUsers.officer(hnd, elsewhere.communeId())))
                .hasStatus(HttpStatus.NOT_FOUND);
        // the same answer as for a household that does not exist
        assertThat(mvc.get().uri("/households/{id}", Long.MAX_VALUE).with(TestUsers.officer(hnd, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfficerCannotChangeAnything() {
        assertThat(update(farmers, TestUsers.officer(hnd, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(name(farmers)).isEqualTo("Nông Văn Một");
        assertThat(mvc.get().uri("/households/new").with(TestUsers.officer(hnd, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/households/{id}", farmers).with(TestUsers.officer(hnd, null)).with(csrf())
                .param("addMember", "1")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aLoanOfAnotherHouseholdIsNotFoundEvenForStaff() {
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", farmers, womenLoan).with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/households/{id}/loans/{loanId}", women, womenLoan).with(TestUsers.as(Role.STAFF)))
                .hasStatusOk();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/households")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/households/{id}", farmers)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    private MockMvcTester.MockMvcRequestBuilder update(long id, RequestPostProcessor user) {
        return mvc.post().uri("/households/{id}", id).with(user).with(csrf())
                .param("headName", "Đã Bị Đổi").param("cccd", HouseholdFixtures.cccd())
                .param("villageId", String.valueOf(place.villageId())).param("category", "KHAC");
    }

    private String name(long id) {
        return jdbc.sql("select head_name from household where id = :id").param("id", id).query(String.class).single();
    }
}

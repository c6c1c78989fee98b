package vn.vbsp.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * An officer of one organisation sees their own groups, borrowers, fees and inspections only: on their desk, in the
 * lists, and when they change an id in a URL. Checked Farmers' (HND, 1) against Women's Union (HPN, 2).
 */
@PortalTest
class DeskScopeTests {

    private static final RequestPostProcessor FARMERS = TestUsers.officer(1, null);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficersDeskListsTheirGroupsOnlyWithThePortfolioReportsFigures() {
        Document desk = page("/officer", FARMERS);
        Set<String> farmers = codes(1);
        Set<String> women = codes(2);
        List<String> shown = desk.select("#groups tbody tr").eachAttr("data-group");
        assertThat(shown).isNotEmpty().allMatch(farmers::contains);
        assertThat(new HashSet<>(shown)).containsAll(farmers);
        String body = desk.body().text();
        women.forEach(code -> assertThat(body).doesNotContain(code + " ·"));
        assertThat(desk.select("#to-inspect tbody tr").eachAttr("data-group")).allMatch(farmers::contains);

        MvcTestResult csv = mvc.get().uri("/reports/portfolio.csv?by=group&asOf=" + LocalDate.now()).with(FARMERS).exchange();
        List<String[]> lines = CsvText.parse(csv.getResponse().getContentAsByteArray());
        String[] total = lines.get(lines.size() - 1);
        assertThat(total[0]).isEqualTo("TOTAL");
        assertThat(desk.getElementById("officer-outstanding").attr("data-value")).isEqualTo(total[4]);
        assertThat(desk.getElementById("officer-overdue").attr("data-value")).isEqualTo(total[5]);
    }

    @Test
    void theFeeStatementOfAnOfficerHoldsTheirOrganisationOnly() {
        MvcTestResult result = mvc.get().uri("/fees/entrustment.csv").with(FARMERS).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        List<String[]> lines = CsvText.parse(result.getResponse().getContentAsByteArray());
        assertThat(lines.get(0)).containsExactly("association", "level", "commune_code", "base_outstanding",
                "overdue_ratio", "fee_percent", "fee");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(l -> l[0].equals("HND"));
        assertThat(page("/fees/entrustment", FARMERS).select("#fees tbody tr").eachAttr("data-association"))
                .isNotEmpty().allMatch("HND"::equals);
        // a commune officer: that commune's line only
        long commune = jdbc.sql("select min(c.id) from commune c").query(Long.class).single();
        String code = jdbc.sql("select code from commune where id = :id").param("id", commune).query(String.class).single();
        List<String[]> communeLines = CsvText.parse(mvc.get().uri("/fees/entrustment.csv")
                .with(TestUsers.officer(1, commune)).exchange().getResponse().getContentAsByteArray());
        assertThat(communeLines.subList(1, communeLines.size())).allMatch(l -> l[1].equals("COMMUNE") && l[2].equals(code));
    }

    @Test
    void inspectionsOfAnotherOrganisationAreNeitherListedNorOpened() {
        Document list = page("/supervision", FARMERS);
        for (String id : list.select("#inspections tbody tr").eachAttr("data-inspection")) {
            assertThat(jdbc.sql("select association_id from inspection where id = :id").param("id", Long.parseLong(id))
                    .query(Integer.class).single()).isEqualTo(1);
        }
        assertThat(list.select("#plans tbody tr").eachAttr("data-level")).doesNotContain("OFFICE");
        Long theirs = jdbc.sql("select min(id) from inspection where association_id = 2").query(Long.class).single();
        assertThat(theirs).as("the demo office has Women's Union inspections").isNotNull();
        assertThat(mvc.get().uri("/supervision/inspections/" + theirs).with(FARMERS)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/supervision/inspections/" + theirs).with(TestUsers.officer(2, null))).hasStatusOk();
    }

    @Test
    void anotherOrganisationsGroupAndHouseholdAreNotFoundByUrl() {
        long group = jdbc.sql("select min(id) from savings_group where association_id = 2").query(Long.class).single();
        assertThat(mvc.get().uri("/groups/" + group).with(FARMERS)).hasStatus(HttpStatus.NOT_FOUND);
        long household = jdbc.sql("""
                select min(m.household_id) from group_member m where m.association_id = 2
                and not exists (select 1 from group_member o where o.household_id = m.household_id and o.association_id = 1)
                """).query(Long.class).single();
        assertThat(mvc.get().uri("/households/" + household).with(FARMERS)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfficerRecordsAnInspectionOfTheirGroupAtTheirLevelButNotOfAnotherOrganisations() {
        long ours = jdbc.sql("select min(id) from savings_group where association_id = 1 and active").query(Long.class).single();
        long theirs = jdbc.sql("select min(id) from savings_group where association_id = 2 and active").query(Long.class).single();
        long before = jdbc.sql("select count(*) from inspection").query(Long.class).single();
        assertThat(post(theirs, FARMERS)).hasStatusOk().bodyText().contains("không thuộc phạm vi của bạn");
        assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single()).isEqualTo(before);

        MvcTestResult done = post(ours, FARMERS);
        assertThat(done).hasStatus(HttpStatus.FOUND);
        String location = done.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select level || ':' || association_id || ':' || (plan_id is not null) from inspection where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("ASSOCIATION_DISTRICT:1:true");
        assertThat(mvc.get().uri(location).with(FARMERS)).hasStatusOk().bodyText().contains("Sổ sách đầy đủ, thử kiểm tra");
        assertThat(mvc.get().uri(location).with(TestUsers.officer(2, null))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadInspectionLosesNothingAndSaysWhy() {
        long ours = jdbc.sql("select min(id) from savings_group where association_id = 1 and active").query(Long.class).single();
        assertThat(mvc.post().uri("/supervision/inspections").with(FARMERS).with(csrf())
                .param("inspectedOn", LocalDate.now().plusDays(1).toString()).param("groupId", String.valueOf(ours))
                .param("borrowerCccd", "12345").param("inspector", "Người thử").param("findings", "Ghi chú")
                .param("result", "GOOD"))
                .hasStatusOk().bodyText().contains("Số CCCD gồm đúng 12 chữ số", "Ngày kiểm tra không được sau hôm nay", ">Ghi ch");
        assertThat(mvc.post().uri("/supervision/inspections").with(TestUsers.as(Role.BOARD)).with(csrf())
                .param("groupId", String.valueOf(ours))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMonthThatIsNoMonthOrNotEndedIsAClear400() {
        assertThat(mvc.get().uri("/fees/entrustment.csv?month=2026-13").with(FARMERS)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("2026-11");
        assertThat(mvc.get().uri("/fees/entrustment?month=abc").with(FARMERS)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/fees/entrustment?month=" + java.time.YearMonth.now()).with(FARMERS))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("chưa kết thúc");
        assertThat(mvc.get().uri("/fees/entrustment.xlsx").with(TestUsers.as(Role.DIRECTOR))).hasStatusOk();
    }

    @Test
    void theStaffDeskShowsTheQueuesAndTheCommuneDaysWithLinksToTheirSheets() {
        Document desk = page("/desk", TestUsers.as(Role.STAFF));
        assertThat(desk.select("#applications tbody tr").eachAttr("data-status"))
                .containsExactly("SUBMITTED", "REVIEWED", "CERTIFIED", "APPROVED");
        assertThat(desk.select("#days a").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.matches("/transaction-days/[^/]+/\\d{4}-\\d{2}-\\d{2}"));
        assertThat(desk.getElementById("director-queue")).isNotNull();
        assertThat(mvc.get().uri("/desk").with(TestUsers.as(Role.DIRECTOR))).hasStatusOk();
        assertThat(mvc.get().uri("/desk").with(FARMERS)).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult post(long group, RequestPostProcessor user) {
        return mvc.post().uri("/supervision/inspections").with(user).with(csrf())
                .param("inspectedOn", LocalDate.now().toString()).param("groupId", String.valueOf(group))
                .param("borrowerCccd", "").param("inspector", "Người thử kiểm tra")
                .param("findings", "Sổ sách đầy đủ, thử kiểm tra").param("result", "GOOD").param("followUp", "")
                .exchange();
    }

    private Set<String> codes(int association) {
        return new HashSet<>(jdbc.sql("select code from savings_group where association_id = :a and active")
                .param("a", association).query(String.class).list());
    }

    private Document page(String uri, RequestPostProcessor user) {
        MvcTestResult result = mvc.get().uri(uri).with(user).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}

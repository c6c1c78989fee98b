package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.report.web.ReportFormats;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** The portfolio report on screen and as a workbook: the CSV's figures, with filters, sorting, comparisons and drill-down. */
@PortalTest
class PortfolioReportTests {

    private static final LocalDate AS_OF = LocalDate.now().minusMonths(1).withDayOfMonth(10);
    private static final Pattern ROW = Pattern.compile("<tr data-code=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportFormats reportFormats;

    @ParameterizedTest(name = "by={0}")
    @ValueSource(strings = {"association", "commune", "programme", "group", "point"})
    void theWorkbookHoldsTheFiguresOfTheCsv(String by) {
        List<String[]> csv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", by).with(TestUsers.as(Role.BOARD))));
        MvcTestResult result = mvc.get().uri("/reports/portfolio.xlsx").param("asOf", AS_OF.toString()).param("by", by)
                .with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> sheet = OverdueReportTests.sheet(result.getResponse().getContentAsByteArray(), 0);
        int header = OverdueReportTests.indexOf(sheet, "Mã");
        List<String[]> data = csv.subList(1, csv.size());
        for (int i = 0; i < data.size(); i++) {
            String[] c = data.get(i);
            List<String> x = sheet.get(header + 1 + i);
            assertThat(x.subList(0, 7)).as("%s row %d", by, i)
                    .containsExactly(c[0], c[0].equals("TOTAL") ? "Tổng cộng" : c[0].equals("DIRECT") ? "Cho vay trực tiếp" : c[1],
                            c[2], c[3], c[4], c[5], c[6]);
            assertThat(new java.math.BigDecimal(x.get(7)).setScale(2)).as("%s ratio %d", by, i).isEqualTo(new java.math.BigDecimal(c[7]));
        }
        assertThat(sheet).hasSize(header + 1 + data.size());
    }

    @ParameterizedTest(name = "by={0}")
    @ValueSource(strings = {"association", "commune", "programme", "group", "point"})
    void thePageShowsTheRowsOfTheCsvWithTheirChanges(String by) {
        List<String[]> csv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", by).with(TestUsers.as(Role.DIRECTOR))));
        String page = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).param("by", by)
                .with(TestUsers.as(Role.DIRECTOR)));
        assertThat(allCodes("by", by)).containsExactlyElementsOf(csv.subList(1, csv.size()).stream().map(r -> r[0]).toList());
        String[] total = csv.get(csv.size() - 1);
        assertThat(page).contains(new Formats().money(Long.parseLong(total[4])))
                .contains(Formats.DATE.format(AS_OF.withDayOfYear(1).minusDays(1)))
                .contains(Formats.DATE.format(AS_OF.minusYears(1)))
                .contains("± so với đầu năm").contains("± so với cùng kỳ");
    }

    @Test
    void theChangesAreTheDifferencesOfTheReportsOnTheThreeDates() {
        String page = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.BOARD)));
        long now = total(AS_OF);
        long yearStart = total(AS_OF.withDayOfYear(1).minusDays(1));
        long yearAgo = total(AS_OF.minusYears(1));
        var fmt = reportFormats;
        Matcher outstanding = Pattern.compile("<tr data-figure=\"outstanding\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(outstanding.find()).isTrue();
        assertThat(outstanding.group(1)).contains(new Formats().money(yearAgo)).contains(new Formats().money(yearStart))
                .contains(new Formats().money(now)).contains(fmt.signedMoney(now - yearStart)).contains(fmt.signedMoney(now - yearAgo));
    }

    @Test
    void rowsSortByAnyColumnAndFiltersNarrowThem() {
        String byOutstanding = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).param("by", "commune")
                .param("sort", "outstanding").param("dir", "desc").with(TestUsers.as(Role.BOARD)));
        List<String[]> csv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", "commune").with(TestUsers.as(Role.BOARD))));
        List<String> expected = csv.subList(1, csv.size() - 1).stream()
                .sorted((a, b) -> Long.compare(Long.parseLong(b[4]), Long.parseLong(a[4]))).map(r -> r[0]).toList();
        assertThat(codes(byOutstanding)).startsWith(expected.subList(0, Math.min(expected.size(), 100))
                .toArray(String[]::new));
        assertThat(allCodes("by", "commune", "sort", "outstanding", "dir", "desc")).startsWith(expected.toArray(String[]::new));

        String hnd = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).param("by", "programme")
                .param("association", "HND").with(TestUsers.as(Role.BOARD)));
        List<String[]> hndCsv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", "programme").param("association", "HND").with(TestUsers.as(Role.BOARD))));
        assertThat(codes(hnd)).containsExactlyElementsOf(hndCsv.subList(1, hndCsv.size()).stream().map(r -> r[0]).toList());
        List<String[]> officer = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", "programme").with(TestUsers.officer(hndId(), null))));
        assertThat(officer.get(officer.size() - 1)).containsExactly(hndCsv.get(hndCsv.size() - 1));
    }

    @Test
    void anOrganisationDrillsDownToItsGroupsAndAGroupToItsLoans() {
        String associations = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.BOARD)));
        assertThat(associations).contains("by=group&amp;association=HND".replace("&amp;", "&"));
        String groups = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).param("by", "group")
                .param("association", "HND").with(TestUsers.as(Role.BOARD)));
        List<String> codes = codes(groups);
        assertThat(codes).isNotEmpty();
        assertThat(allCodes("by", "group", "association", "HND")).isSubsetOf(groupsOf("HND"));
        String group = codes.get(0);
        assertThat(groups).contains("/reports/portfolio/group?asOf=" + AS_OF + "&association=HND&code=" + group);

        List<String[]> groupCsv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString())
                .param("by", "group").param("association", "HND").with(TestUsers.as(Role.BOARD))));
        String[] groupRow = groupCsv.stream().filter(r -> r[0].equals(group)).findFirst().orElseThrow();
        String loans = html(mvc.get().uri("/reports/portfolio/group").param("asOf", AS_OF.toString()).param("code", group)
                .with(TestUsers.as(Role.BOARD)));
        assertThat(count(loans, "data-loan=\"")).isEqualTo(Integer.parseInt(groupRow[3]));
        assertThat(loans).contains(new Formats().money(Long.parseLong(groupRow[4])));

        // an officer of another organisation does not see the group, nor direct loans
        int hpn = jdbc.sql("select id from association where code = 'HPN'").query(Integer.class).single();
        assertThat(mvc.get().uri("/reports/portfolio/group").param("code", group).with(TestUsers.officer(hpn, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/reports/portfolio/group").param("code", "DIRECT").with(TestUsers.officer(hpn, null)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/reports/portfolio/group").param("code", group).with(TestUsers.officer(hndId(), null)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/reports/portfolio/group").param("code", "NO-SUCH-GROUP").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAssociationOfficerSeesOnlyTheirOwnRowsOnTheReportAndInTheWorkbook() {
        int hnd = hndId();
        String page = html(mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).with(TestUsers.officer(hnd, null)));
        assertThat(codes(page)).containsExactly("HND", "TOTAL");
        assertThat(page).contains("Phạm vi: Hội Nông dân");
        MvcTestResult xlsx = mvc.get().uri("/reports/portfolio.xlsx").param("asOf", AS_OF.toString()).param("by", "group")
                .with(TestUsers.officer(hnd, null)).exchange();
        List<List<String>> sheet = OverdueReportTests.sheet(xlsx.getResponse().getContentAsByteArray(), 0);
        int header = OverdueReportTests.indexOf(sheet, "Mã");
        assertThat(sheet.subList(header + 1, sheet.size())).isNotEmpty();
        assertThat(sheet.subList(header + 1, sheet.size()).stream().map(r -> r.get(0)).toList()).isSubsetOf(groupsOf("HND"));
    }

    @Test
    void anUnknownBreakdownOrAMalformedDateIsA400WithAMessageOnThePageAndInTheFiles() {
        assertThat(mvc.get().uri("/reports/portfolio").param("by", "village").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("association, commune, programme, group hoặc point");
        assertThat(mvc.get().uri("/reports/portfolio").param("asOf", "2026-02-30").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("yyyy-MM-dd");
        assertThat(mvc.get().uri("/reports/portfolio").param("sort", "colour").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/reports/portfolio.xlsx").param("by", "village").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType("text/plain;charset=UTF-8").bodyText().contains("by phải là");
        assertThat(mvc.get().uri("/reports/portfolio.xlsx").param("asOf", "yesterday").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("yyyy-MM-dd");
        assertThat(mvc.get().uri("/reports/portfolio.csv").param("by", "point").with(TestUsers.as(Role.BOARD))).hasStatusOk();
    }

    private long total(LocalDate date) {
        List<String[]> csv = CsvText.parse(body(mvc.get().uri("/reports/portfolio.csv").param("asOf", date.toString())
                .with(TestUsers.as(Role.BOARD))));
        return Long.parseLong(csv.get(csv.size() - 1)[4]);
    }

    /** The codes of every group of the organisation, and TOTAL. */
    private List<String> groupsOf(String association) {
        List<String> codes = new java.util.ArrayList<>(jdbc.sql(
                "select g.code from savings_group g join association a on a.id = g.association_id where a.code = :a")
                .param("a", association).query(String.class).list());
        codes.add("TOTAL");
        return codes;
    }

    /** The row codes of every page of the report for these parameters, then TOTAL once. */
    private List<String> allCodes(String... params) {
        List<String> codes = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            var request = mvc.get().uri("/reports/portfolio").param("asOf", AS_OF.toString()).param("page", String.valueOf(page));
            for (int i = 0; i < params.length; i += 2) {
                request = request.param(params[i], params[i + 1]);
            }
            String html = html(request.with(TestUsers.as(Role.BOARD)));
            codes.addAll(codes(html).stream().filter(c -> !c.equals("TOTAL")).toList());
            if (!html.contains("rel=\"next\"")) {
                break;
            }
        }
        codes.add("TOTAL");
        return codes;
    }

    private int hndId() {
        return jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
    }

    private static List<String> codes(String page) {
        List<String> codes = new java.util.ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static String html(MockMvcTester.MockMvcRequestBuilder request) {
        return HtmlUtils.htmlUnescape(new String(body(request), StandardCharsets.UTF_8));
    }

    private static byte[] body(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

package vn.vbsp.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.loan.LoanFlows;
import vn.vbsp.portal.shared.Quarter;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** The Board's quarter: its figures are the portfolio report's for the quarter's last day, and the money moved. */
@PortalTest
class DashboardTests {

    private static final Quarter LAST_ENDED = Quarter.lastEndedBy(LocalDate.now());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LoanFlows flows;

    @ParameterizedTest(name = "quarter {0} before the last ended")
    @ValueSource(ints = {0, 3})
    void theFiguresAreThePortfolioReportsForTheQuartersLastDay(int back) {
        Quarter quarter = LAST_ENDED;
        for (int i = 0; i < back; i++) {
            quarter = quarter.previous();
        }
        Document page = page("/dashboard?quarter=" + quarter);
        Map<String, String[]> report = csv(quarter.lastDay(), "association");
        String[] total = report.get("TOTAL");
        assertThat(value(page, "kpi-households")).isEqualTo(total[2]);
        assertThat(value(page, "kpi-loans")).isEqualTo(total[3]);
        assertThat(value(page, "kpi-outstanding")).isEqualTo(total[4]);
        assertThat(value(page, "kpi-overdue")).isEqualTo(total[5]);
        assertThat(value(page, "kpi-frozen")).isEqualTo(total[6]);
        assertThat(page.getElementById("kpi-ratio").text()).endsWith(total[7].replace('.', ',') + " %");

        List<Element> rows = page.select("#by-association tbody tr");
        assertThat(rows).hasSize(report.size() - 1);
        for (Element row : rows) {
            String[] line = report.get(row.attr("data-code"));
            assertThat(row.child(3).text()).isEqualTo(money(line[4]));
            assertThat(row.child(4).text()).isEqualTo(money(line[5]));
        }
        for (String by : new String[] {"commune", "programme"}) {
            Map<String, String[]> lines = csv(quarter.lastDay(), by);
            Element table = page.select("h2:contains(" + (by.equals("commune") ? "Theo xã" : "Theo chương trình") + ")")
                    .first().parent().selectFirst("table");
            for (Element row : table.select("tbody tr[data-code]")) {
                assertThat(row.child(3).text()).as(by + " " + row.attr("data-code"))
                        .isEqualTo(money(lines.get(row.attr("data-code"))[4]));
            }
        }

        LoanFlows.Flow moved = flows.total(quarter.firstDay(), quarter.lastDay(), UserScope.wholeOffice(Role.BOARD));
        assertThat(value(page, "kpi-disbursed")).isEqualTo(String.valueOf(moved.disbursed().dong()));
        assertThat(value(page, "kpi-repaid")).isEqualTo(String.valueOf(moved.principalRepaid().dong()));
        assertThat(page.select("#trend tbody tr")).hasSize(8).last().extracting(e -> e.attr("data-quarter"))
                .isEqualTo(quarter.toString());
        Element lastTrend = page.select("#trend tbody tr").last();
        assertThat(lastTrend.child(1).text()).isEqualTo(money(total[4]));
    }

    @Test
    void withoutAQuarterItShowsTheLastOneEndedWithItsChartsServedLocally() {
        Document page = page("/dashboard");
        assertThat(page.select("h1").text()).contains(LAST_ENDED.label());
        List<String> scripts = page.select("script[src]").eachAttr("src");
        assertThat(scripts).contains("/js/dashboard.js").anyMatch(src -> src.matches("/webjars/chart\\.js/.*chart\\.umd\\.js"));
        String chartJs = scripts.stream().filter(src -> src.startsWith("/webjars/chart.js/")).findFirst().orElseThrow();
        assertThat(mvc.get().uri(chartJs)).hasStatusOk();
        assertThat(page.select("canvas[data-chart]").eachAttr("data-chart"))
                .containsExactly("trend", "associations", "communes", "programmes");
        assertThat(page.getElementById("dashboard-charts").attr("data-charts")).contains("\"trend\"", "\"labels\"");
    }

    @Test
    void thePrintViewDrawsTheSameChartsAsSvgWithoutTheMenu() {
        Document page = page("/dashboard/print?quarter=" + LAST_ENDED);
        assertThat(page.select("nav")).isEmpty();
        assertThat(page.select("svg.chart-svg")).hasSize(4);
        assertThat(page.select("#by-association tbody tr")).isNotEmpty();
        assertThat(page.getElementById("print-now")).isNotNull();
    }

    @Test
    void thePdfHoldsTheQuarter() {
        MvcTestResult result = mvc.get().uri("/dashboard.pdf?quarter=" + LAST_ENDED).with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026Q3", "abc", "1999-Q1", "2026-Q3'--"})
    void aQuarterThatIsNoQuarterIsAClear400(String quarter) {
        assertThat(mvc.get().uri("/dashboard").param("quarter", quarter).with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("không hợp lệ", "2026-Q3");
        assertThat(mvc.get().uri("/dashboard.pdf").param("quarter", quarter).with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aQuarterNotBegunIsA400Too() {
        Quarter next = Quarter.of(LocalDate.now().plusMonths(3));
        assertThat(mvc.get().uri("/dashboard").param("quarter", next.toString()).with(TestUsers.as(Role.DIRECTOR)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("chưa bắt đầu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/dashboard/print", "/dashboard.pdf"})
    void onlyTheBoardTheDirectorAndTheAdministratorOpenIt(String path) {
        assertThat(mvc.get().uri(path).with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(path).with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(path).with(TestUsers.as(Role.ADMIN))).hasStatusOk();
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(Document page, String id) {
        return page.getElementById(id).attr("data-value");
    }

    private Map<String, String[]> csv(LocalDate asOf, String by) {
        MvcTestResult result = mvc.get().uri("/reports/portfolio.csv?asOf=" + asOf + "&by=" + by)
                .with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(result).hasStatusOk();
        Map<String, String[]> rows = new HashMap<>();
        List<String[]> lines = CsvText.parse(result.getResponse().getContentAsByteArray());
        lines.subList(1, lines.size()).forEach(l -> rows.put(l[0], l));
        return rows;
    }

    private static String money(String dong) {
        return new vn.vbsp.portal.shared.Formats().money(Long.parseLong(dong));
    }
}

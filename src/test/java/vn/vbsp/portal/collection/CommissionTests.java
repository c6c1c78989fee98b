package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.commission.domain.CommissionStatements;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** The group leader's commission: on the interest collected through the group, at the programme's rate. */
@PortalTest
class CommissionTests {

    @Autowired MockMvcTester mvc;
    @Autowired CollectionDesk desk;
    @Autowired CommissionStatements statements;
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

    @Test
    void theLeaderEarnsTheRateOnTheInterestCollectedThroughTheGroup() throws IOException {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        GroupSheet sheet = desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow();
        List<LinePayment> lines = sheet.lines().stream()
                .map(l -> new LinePayment(0, l.loanNo(), l.interestDue(), null, null, null, false, null)).toList();
        desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(), lines), CollectionFixtures.STAFF);
        Money interest = sheet.totalInterestDue();
        BigDecimal rate = jdbc.sql("""
                select r.rate_pct from commission_rate r join programme p on p.id = r.programme_id
                where p.code = 'HN' and r.effective_from <= :day order by r.effective_from desc limit 1
                """).param("day", YearMonth.from(today).atEndOfMonth()).query(BigDecimal.class).single();

        CommissionStatements.Group group = statements.of(YearMonth.from(today)).groups().stream()
                .filter(g -> g.groupId() == commune.groupId()).findFirst().orElseThrow();
        assertThat(group.interest()).isEqualTo(interest);
        long expected = BigDecimal.valueOf(interest.dong()).multiply(rate).divide(BigDecimal.valueOf(100), 0,
                java.math.RoundingMode.HALF_UP).longValueExact();
        assertThat(group.commission()).isEqualTo(Money.of(expected));

        String month = YearMonth.from(today).toString();
        String page = page(mvc.get().uri("/commissions?month=" + month).with(TestUsers.as(Role.DIRECTOR)).exchange());
        assertThat(page).contains("data-group-total=\"" + group.code() + "\"");
        assertThat(page(mvc.get().uri("/commissions/print?month=" + month).with(TestUsers.as(Role.STAFF)).exchange()))
                .contains(group.code(), "/css/print-portrait.css");
        MvcTestResult xlsx = mvc.get().uri("/commissions/statement.xlsx?month=" + month).with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            long sum = 0;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(1) != null && group.code().equals(row.getCell(1).getStringCellValue())) {
                    sum += (long) row.getCell(7).getNumericCellValue();
                }
            }
            assertThat(sum).isEqualTo(expected);
        }
    }

    @Test
    void onlyTheAdministratorSetsRatesAndABadMonthOrRateIsAMessage() {
        assertThat(mvc.get().uri("/commissions/rates").with(TestUsers.as(Role.ADMIN))).hasStatusOk();
        assertThat(mvc.get().uri("/commissions/rates").with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/commissions").with(TestUsers.as(Role.BOARD))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/commissions").with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page(mvc.get().uri("/commissions?month=2026-13").with(TestUsers.as(Role.STAFF)).exchange()))
                .contains("Tháng không hợp lệ");

        assertThat(mvc.post().uri("/commissions/rates").param("programme", "HSSV").param("from", "2031-01-01")
                .param("rate", "150").with(csrf()).with(TestUsers.as(Role.ADMIN)))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flashError", "commission.rates.invalid");
        assertThat(mvc.post().uri("/commissions/rates").param("programme", "HSSV").param("from", "2031-01-01")
                .param("rate", "12,5").with(csrf()).with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/commissions/rates").param("programme", "HSSV").param("from", "2031-01-01")
                .param("rate", "12,5").with(csrf()).with(TestUsers.as(Role.ADMIN)))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "commission.rates.saved");
        assertThat(page(mvc.get().uri("/commissions/rates").with(TestUsers.as(Role.ADMIN)).exchange()))
                .contains("01/01/2031", "12,50 %");
        // the day as the office writes it, whatever the browser's language
        assertThat(mvc.post().uri("/commissions/rates").param("programme", "HSSV").param("from", "01/02/2031")
                .param("rate", "11").with(csrf()).with(TestUsers.as(Role.ADMIN)))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "commission.rates.saved");
        assertThat(mvc.post().uri("/commissions/rates").param("programme", "HSSV").param("from", "31/02/2031")
                .param("rate", "11").with(csrf()).with(TestUsers.as(Role.ADMIN)))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flashError", "commission.rates.invalid");
        assertThat(page(mvc.get().uri("/commissions/rates").with(TestUsers.as(Role.ADMIN)).exchange()))
                .contains("01/02/2031", "11,00 %");
    }

    private static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}

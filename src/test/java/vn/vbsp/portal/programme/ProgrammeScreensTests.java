package vn.vbsp.portal.programme;

import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.RateTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

@PortalTest
class ProgrammeScreensTests {

    private static final List<String> SEEDED = List.of("HN", "HCN", "HMTN", "HSSV", "GQVL", "NSVSMT", "SXKD", "NOXH",
            "XKLD", "CHAPT", "NODTTS", "NOHN", "TNVKK");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    Clock clock;

    ProgrammeFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new ProgrammeFixtures(jdbc);
        today = LocalDate.now(clock);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheCatalogueWithRatesCeilingsAndCategoriesInVietnamese(Role role) {
        var list = mvc.get().uri("/programmes").with(role == Role.ASSOCIATION ? TestUsers.officer(2, null) : TestUsers.as(role));
        assertThat(shown(list))
                .contains("Hộ nghèo", "6,60 %", "7,92 %", "130,00 %", "100.000.000 ₫", "25.000.000 ₫", "Hộ cận nghèo",
                        "Hộ mới thoát nghèo", "Đối tượng khác", "Không quy định", "120 tháng");
        for (String code : SEEDED) {
            assertThat(list).bodyText().contains("data-programme=\"" + code + "\"");
        }
        assertThat(mvc.get().uri("/programmes/HN").with(TestUsers.as(role == Role.ASSOCIATION ? Role.BOARD : role)))
                .hasStatusOk().bodyText().contains("Lịch sử lãi suất", "01/01/2000", "Biểu lãi suất ban đầu", "system");
    }

    @Test
    void theCatalogueGivesTermsForTheLendingModule() {
        ProgrammeTerms hn = catalogue.find("HN").orElseThrow();
        assertThat(hn.ceiling()).isEqualTo(Money.of(100_000_000));
        assertThat(hn.maxTermMonths()).isEqualTo(120);
        assertThat(hn.eligibleCategories()).containsExactly(PovertyCategory.NGHEO);
        assertThat(hn.overdueRatePct()).isEqualByComparingTo("130");
        assertThat(hn.throughGroups()).isTrue();
        assertThat(catalogue.find("HSSV").orElseThrow().ceiling()).isNull();
        assertThat(catalogue.find("NOXH").orElseThrow().throughGroups()).isFalse();
        assertThat(catalogue.all()).extracting(ProgrammeTerms::code).containsAll(SEEDED);
        assertThat(catalogue.find(hn.id())).contains(hn);
        assertThat(catalogue.rateOn("HCN", LocalDate.of(2020, 1, 1))).isEqualByComparingTo("7.92");
        assertThatThrownBy(() -> catalogue.ratesOf("KHONGCO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFutureRateIsAddedAndTheOldOneStillAppliesBeforeIt() {
        String code = fixtures.programme("6.6");
        LocalDate from = today.plusDays(30);
        var added = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", from.toString()).param("annualRate", "7,1234").param("decision", "QĐ 05/2026/QĐ-TTg");
        assertThat(added).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/programmes/" + code);

        assertThat(shown(mvc.get().uri("/programmes/{code}", code).with(TestUsers.as(Role.STAFF))))
                .contains("01/01/2000", "6,60 %", Formats.DATE.format(from), "7,1234 %", "QĐ 05/2026/QĐ-TTg", "test-admin",
                        "Đang áp dụng", "Sắp áp dụng");
        assertThat(fixtures.rates(code)).isEqualTo(2);

        assertThat(catalogue.rateOn(code, from.minusDays(1))).isEqualByComparingTo("6.6");
        assertThat(catalogue.rateOn(code, from)).isEqualByComparingTo("7.1234");
        assertThat(catalogue.rateOn(code, from.plusYears(1))).isEqualByComparingTo("7.1234");
        assertThat(catalogue.ratesOf(code).rates()).containsExactly(
                new RateTable.Rate(LocalDate.of(2000, 1, 1), new BigDecimal("6.6000")), new RateTable.Rate(from, new BigDecimal("7.1234")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PROGRAMME_RATE_ADDED' and after->>'programme' = :code")
                .param("code", code).query(Long.class).single()).isOne();

        // a rate from today itself is allowed: nothing was charged yet
        assertThat(mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", today.toString()).param("annualRate", "0").param("decision", "Miễn lãi"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(catalogue.rateOn(code, today)).isEqualByComparingTo("0");
    }

    @Test
    void aRateThatWouldReachBackIsRefusedAndNothingIsSaved() {
        String code = fixtures.programme("6.6");
        var past = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", today.minusDays(1).toString()).param("annualRate", "5,5").param("decision", "QĐ cũ");
        assertThat(shown(past))
                .contains("Ngày hiệu lực không được trước hôm nay (" + Formats.DATE.format(today) + ")", "value=\"5,5\"", "QĐ cũ");
        assertThat(fixtures.rates(code)).isOne();
        assertThat(catalogue.rateOn(code, today)).isEqualByComparingTo("6.6");
    }

    @Test
    void aRateOnOrBeforeTheLastPostedInterestIsRefused() {
        String code = fixtures.programme("6.6");
        LocalDate charged = today.plusDays(5);
        fixtures.interestCharged(code, charged);

        assertThat(mvc.get().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN))).bodyText()
                .contains("đến ngày " + Formats.DATE.format(charged));
        for (LocalDate day : List.of(charged, charged.minusDays(3))) {
            var refused = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                    .param("effectiveFrom", day.toString()).param("annualRate", "7").param("decision", "QĐ mới");
            assertThat(shown(refused)).contains(
                    "Lãi đã được tính cho khoản vay của chương trình này đến ngày " + Formats.DATE.format(charged)
                            + "; ngày hiệu lực phải sau ngày đó");
        }
        assertThat(fixtures.rates(code)).isOne();

        assertThat(mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", charged.plusDays(1).toString()).param("annualRate", "7").param("decision", "QĐ mới"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(catalogue.rateOn(code, charged)).isEqualByComparingTo("6.6");
        assertThat(catalogue.rateOn(code, charged.plusDays(1))).isEqualByComparingTo("7");
    }

    @Test
    void aSecondRateOnTheSameDateIsRefused() {
        String code = fixtures.programme("6.6");
        String date = today.plusDays(10).toString();
        mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", date).param("annualRate", "7").param("decision", "QĐ 1").exchange();
        var again = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", date).param("annualRate", "8").param("decision", "QĐ 2");
        assertThat(shown(again)).contains("Chương trình đã có mức lãi suất hiệu lực từ ngày");
        assertThat(fixtures.rates(code)).isEqualTo(2);
        assertThat(catalogue.rateOn(code, today.plusDays(10))).isEqualByComparingTo("7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "-1", "6,12345", "sáu", "6.6.6", " "})
    void aRateOutsideZeroToHundredOrWithMoreThanFourDecimalsIsRefused(String rate) {
        String code = fixtures.programme("6.6");
        var wrong = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", today.plusDays(3).toString()).param("annualRate", rate).param("decision", "QĐ");
        assertThat(shown(wrong)).contains("Lãi suất là một số từ 0 đến dưới 100 (%/năm), tối đa 4 chữ số thập phân");
        assertThat(fixtures.rates(code)).isOne();
    }

    @Test
    void aRateNeedsADateAndADecision() {
        String code = fixtures.programme("6.6");
        var wrong = mvc.post().uri("/programmes/{code}/rates", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", "").param("annualRate", "99,9999").param("decision", "");
        assertThat(shown(wrong)).contains("Hãy nhập ngày hiệu lực.", "Không được để trống.", "value=\"99,9999\"");
        assertThat(fixtures.rates(code)).isOne();
    }

    @Test
    void anAdministratorChangesTheTerms() {
        String code = fixtures.programme("6.6");
        assertThat(shown(mvc.get().uri("/programmes/{code}/edit", code).with(TestUsers.as(Role.ADMIN))))
                .contains("value=\"50.000.000\"", "value=\"130\"");

        var saved = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "150,5").param("ceiling", "80.000.000 ₫").param("maxTermMonths", "36")
                .param("eligibleCategories", "CAN_NGHEO", "NGHEO").param("throughGroups", "true").param("version", "0");
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/programmes/" + code);
        ProgrammeTerms terms = catalogue.find(code).orElseThrow();
        assertThat(terms.overdueRatePct()).isEqualByComparingTo("150.5");
        assertThat(terms.ceiling()).isEqualTo(Money.of(80_000_000));
        assertThat(terms.maxTermMonths()).isEqualTo(36);
        assertThat(terms.eligibleCategories()).containsExactly(PovertyCategory.NGHEO, PovertyCategory.CAN_NGHEO);
        assertThat(terms.active()).isFalse();
        assertThat(jdbc.sql("select eligible_categories from programme where code = :code").param("code", code)
                .query(String.class).single()).isEqualTo("NGHEO,CAN_NGHEO");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PROGRAMME_UPDATED' and after->>'code' = :code")
                .param("code", code).query(Long.class).single()).isOne();

        var noLimits = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "130").param("ceiling", "").param("maxTermMonths", "")
                .param("eligibleCategories", "KHAC").param("active", "true").param("version", "1");
        assertThat(noLimits).hasStatus(HttpStatus.FOUND);
        terms = catalogue.find(code).orElseThrow();
        assertThat(terms.ceiling()).isNull();
        assertThat(terms.maxTermMonths()).isNull();
        assertThat(terms.throughGroups()).isFalse();
        assertThat(terms.active()).isTrue();
    }

    @Test
    void wrongTermsAreShownAgainWithAMessageNextToEachField() {
        String code = fixtures.programme("6.6");
        var wrong = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "99").param("ceiling", "0").param("maxTermMonths", "0")
                .param("version", "0");
        assertThat(shown(wrong)).contains(
                "Lãi suất quá hạn là một số từ 100 đến 9999,99",
                "Mức cho vay tối đa là số tiền đồng lớn hơn 0",
                "Thời hạn tối đa là số tháng nguyên, từ 1 đến 1.200",
                "Hãy chọn ít nhất một đối tượng được vay.",
                "value=\"99\"");
        // an amount that cannot be read at all is refused by the binding, at its field, and shown again as typed
        var unreadable = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "140").param("ceiling", "một trăm triệu").param("version", "0");
        assertThat(shown(unreadable)).contains("Số tiền phải là số đồng nguyên", "value=\"một trăm triệu\"");
        ProgrammeTerms unchanged = catalogue.find(code).orElseThrow();
        assertThat(unchanged.overdueRatePct()).isEqualByComparingTo("130");
        assertThat(unchanged.ceiling()).isEqualTo(Money.of(50_000_000));

        var stale = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "140").param("eligibleCategories", "NGHEO").param("version", "7");
        assertThat(shown(stale)).contains("vừa được người khác sửa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.5", "-5"})
    void aCeilingThatIsNotWholeDongIsRefusedAtItsFieldAndTheFormKept(String ceiling) {
        String code = fixtures.programme("6.6");
        var wrong = mvc.post().uri("/programmes/{code}", code).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("overdueRatePct", "140").param("ceiling", ceiling).param("maxTermMonths", "36")
                .param("eligibleCategories", "NGHEO").param("version", "0");
        assertThat(shown(wrong)).contains("Số tiền phải là số đồng nguyên", "value=\"" + ceiling + "\"", "value=\"140\"",
                "value=\"36\"");
        ProgrammeTerms unchanged = catalogue.find(code).orElseThrow();
        assertThat(unchanged.ceiling()).isEqualTo(Money.of(50_000_000));
        assertThat(unchanged.overdueRatePct()).isEqualByComparingTo("130");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "DIRECTOR", "BOARD", "ASSOCIATION"})
    void onlyAnAdministratorChangesProgrammesAndRates(Role role) {
        String code = fixtures.programme("6.6");
        var user = role == Role.ASSOCIATION ? TestUsers.officer(1, null) : TestUsers.as(role);
        assertThat(mvc.post().uri("/programmes/{code}/rates", code).with(user).with(csrf())
                .param("effectiveFrom", today.plusDays(3).toString()).param("annualRate", "7").param("decision", "QĐ"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/programmes/{code}", code).with(user).with(csrf())
                .param("overdueRatePct", "200").param("eligibleCategories", "NGHEO").param("version", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/programmes/{code}/edit", code).with(user)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fixtures.rates(code)).isOne();
        assertThat(catalogue.find(code).orElseThrow().overdueRatePct()).isEqualByComparingTo("130");
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        assertThat(mvc.get().uri("/programmes/KHONGCO").with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/programmes/KHONGCO/rates").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("effectiveFrom", today.plusDays(3).toString()).param("annualRate", "7").param("decision", "QĐ"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** The page's HTML with entities decoded (Thymeleaf writes "ô" in attribute values as "&ocirc;"), after a 200. */
    private static String shown(MockMvcTester.MockMvcRequestBuilder request) {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.loan.InstalmentLine;
import vn.vbsp.portal.loan.LoanBook;
import vn.vbsp.portal.loan.LoanLine;
import vn.vbsp.portal.savings.SavingsBook;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** The household page: details, members, groups, loans with balances from the ledger, schedule, ledger, savings. */
@PortalTest
class HouseholdPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoanBook loanBook;

    @Autowired
    SavingsBook savingsBook;

    HouseholdFixtures fixtures;
    long household;
    long loan;
    long repayment;
    long overdueTransfer;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void householdWithALoan() {
        fixtures = new HouseholdFixtures(jdbc);
        var place = fixtures.place();
        long group = fixtures.group("HPN", place);
        household = fixtures.household(place.villageId(), "Đinh Thị Lan", HouseholdFixtures.cccd(), "CAN_NGHEO");
        jdbc.sql("insert into household_member (household_id, full_name, relation, birth_year) values (:h, 'Đinh Văn Tú', 'Con', 2010)")
                .param("h", household).update();
        fixtures.join(group, household, null);
        LocalDate disbursed = today.minusYears(2).minusMonths(1);
        loan = fixtures.loan(household, group, place.communeId(), "HCN", 30_000_000, disbursed);
        long first = fixtures.instalment(loan, 1, disbursed.plusYears(1), 10_000_000);
        long second = fixtures.instalment(loan, 2, disbursed.plusYears(2), 10_000_000);
        fixtures.instalment(loan, 3, disbursed.plusYears(3), 10_000_000);
        repayment = fixtures.txn(loan, disbursed.plusYears(1), "PRINCIPAL_REPAYMENT", 10_000_000, -10_000_000, 0, 0, first);
        overdueTransfer = fixtures.txn(loan, disbursed.plusYears(2).plusDays(1), "OVERDUE_TRANSFER", 10_000_000, 0,
                10_000_000, 0, second);
        // posted ahead with a later business date: not part of today's balances
        fixtures.txn(loan, today.plusDays(5), "PRINCIPAL_REPAYMENT", 4_000_000, -4_000_000, -4_000_000, 0, second);
        fixtures.savingsAccount(household, group, 500_000, 700_000);
    }

    @Test
    void balancesAreTheLedgerSumsUpToToday() {
        List<LoanLine> loans = loanBook.loansOf(household, today);
        assertThat(loans).singleElement().satisfies(l -> {
            assertThat(l.outstanding()).isEqualTo(Money.of(20_000_000));
            assertThat(l.overdue()).isEqualTo(Money.of(10_000_000));
            assertThat(l.frozen()).isEqualTo(Money.ZERO);
            assertThat(l.inTerm()).isEqualTo(Money.of(10_000_000));
            assertThat(l.programmeCode()).isEqualTo("HCN");
        });
        assertThat(loanBook.loansOf(household, today.plusDays(5)).get(0).outstanding()).isEqualTo(Money.of(16_000_000));
        assertThat(loanBook.schedule(loan, today)).extracting(InstalmentLine::repaid)
                .containsExactly(Money.of(10_000_000), Money.ZERO, Money.ZERO);
        assertThat(savingsBook.accountsOf(household, today)).singleElement()
                .satisfies(s -> assertThat(s.balance()).isEqualTo(Money.of(1_200_000)));
    }

    @Test
    void theHouseholdPageShowsDetailsMembersGroupsLoansAndSavings() {
        assertThat(mvc.get().uri("/households/{id}", household).with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText()
                .contains("Đinh Thị Lan", "Hộ cận nghèo", "Đinh Văn Tú", "Tổ thử", "Hội Liên hiệp Phụ nữ",
                        "Hộ cận nghèo", "30.000.000 ₫", "20.000.000 ₫", "10.000.000 ₫", "1.200.000 ₫",
                        "data-loan-id=\"" + loan + "\"");
    }

    @Test
    void theLoanPageShowsItsScheduleAndItsLedgerNewestFirst() throws Exception {
        var page = mvc.get().uri("/households/{id}/loans/{loanId}", household, loan).with(TestUsers.as(Role.DIRECTOR)).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Lịch trả nợ gốc", "Trả nợ gốc", "Chuyển nợ quá hạn",
                "Giải ngân", "20.000.000 ₫", "Hộ cận nghèo");
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher ids = Pattern.compile("data-txn-id=\"(\\d+)\"").matcher(html);
        List<Long> order = ids.results().map(m -> Long.parseLong(m.group(1))).toList();
        assertThat(order).hasSize(4);
        assertThat(order.indexOf(overdueTransfer)).isLessThan(order.indexOf(repayment));
        assertThat(order.get(order.size() - 1)).isLessThan(repayment); // the disbursement comes last
    }

    @Test
    void theEnglishPageToo() {
        assertThat(mvc.get().uri("/households/{id}", household).param("lang", "en").with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains("Near-poor household", "Loans (balances at the end of", "Members&#39; savings");
    }
}

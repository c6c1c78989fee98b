package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DecisionKind;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.NightlyRun;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.loan.domain.RiskService;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.RateTable;
import vn.vbsp.portal.support.PortalTest;

/**
 * A loan's whole life on PostgreSQL, through the services: application, group review, commune certification,
 * approval, disbursement, monthly interest, repayments, overdue transfer, extension, rescheduling, freezing,
 * write-off and settlement. After every step the ledger invariants hold on every day and earlier days show what
 * they showed before.
 */
@PortalTest
class LoanLifeTests {

    private static final String STAFF = Lending.STAFF;
    private static final String DIRECTOR = Lending.DIRECTOR;

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired RepaymentService repayments;
    @Autowired RiskService risks;
    @Autowired NightlyRun nightly;
    @Autowired LoanBalances balances;
    @Autowired ProgrammeCatalogue catalogue;

    private LendingFixtures fixtures;
    private Lending lending;

    @BeforeEach
    void setUp() {
        fixtures = new LendingFixtures(jdbc);
        lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
    }

    @Test
    void fromApplicationToSettlement() {
        RateTable hn = catalogue.ratesOf("HN");
        LendingFixtures.Office office = fixtures.office("HND", 10);
        long household = fixtures.member(office, "NGHEO");
        fixtures.capitalPlan(office, "HN", 2024, 100_000_000);

        long applicationId = lending.apply(office, household, "HN", 60_000_000, 24, 6, date("2024-01-03"));
        assertThat(lending.status(applicationId)).isEqualTo("SUBMITTED");
        lending.reviewAndCertify(office, applicationId, date("2024-01-03"));
        assertThat(lending.status(applicationId)).isEqualTo("CERTIFIED");
        approvals.approve(applicationId, date("2024-01-08"), DIRECTOR);
        assertThat(lending.status(applicationId)).isEqualTo("APPROVED");

        long loan = disbursements.disburse(applicationId, date("2024-01-10"), true, UUID.randomUUID().toString(), STAFF);
        LedgerChecks ledger = new LedgerChecks(jdbc, balances, loan);
        assertThat(lending.status(applicationId)).isEqualTo("DISBURSED");
        assertThat(jdbc.sql("select loan_no from loan where id = :id").param("id", loan).query(String.class).single())
                .matches("PGD-2024-\\d{6}");
        assertThat(schedule(loan)).containsExactly("2024-07-10:15000000", "2025-01-10:15000000", "2025-07-10:15000000",
                "2026-01-10:15000000");
        assertThat(jdbc.sql("select due_by from loan_use_check where loan_id = :id").param("id", loan)
                .query(LocalDate.class).single()).isEqualTo(date("2024-02-09"));
        assertBalance(loan, "2024-01-10", 60_000_000, 0, 0, 0);
        ledger.hold(date("2024-01-10"));

        // two months of interest on 60 million at 6.6 %: 31 days, then 29 (2024 is a leap year)
        nightly.runOne(loan, date("2024-03-10"), "system");
        assertThat(charges(loan)).containsExactly(
                InterestCalculator.interest(Money.of(60_000_000), date("2024-01-10"), date("2024-02-10"), hn).dong(),
                InterestCalculator.interest(Money.of(60_000_000), date("2024-02-10"), date("2024-03-10"), hn).dong());
        assertThat(charges(loan)).containsExactly(341_000L, 319_000L);
        assertBalance(loan, "2024-03-10", 60_000_000, 0, 0, 660_000);
        ledger.hold(date("2024-03-10"));

        String token = UUID.randomUUID().toString();
        repayments.payInterest(loan, date("2024-03-10"), Money.of(660_000), token, STAFF);
        repayments.payInterest(loan, date("2024-03-10"), Money.of(660_000), token, STAFF);
        assertThat(ledger.count("INTEREST_PAYMENT")).as("the same form sent twice posts once").isEqualTo(1);
        assertBalance(loan, "2024-03-10", 60_000_000, 0, 0, 0);
        ledger.hold(date("2024-03-10"));

        // an early repayment of part of the principal; the charges of April and May come first
        repayments.repayPrincipal(loan, date("2024-05-10"), Money.of(5_000_000), UUID.randomUUID().toString(), STAFF);
        assertThat(ledger.count("INTEREST_CHARGE")).isEqualTo(4);
        assertBalance(loan, "2024-05-10", 55_000_000, 0, 0, 341_000 + 330_000);
        ledger.hold(date("2024-05-10"));

        // the first instalment (15 million, 5 paid ahead) is left unpaid: 10 million overdue the day after
        nightly.runOne(loan, date("2024-07-11"), "system");
        assertThat(ledger.count("OVERDUE_TRANSFER")).isEqualTo(1);
        assertThat(jdbc.sql("select business_date from loan_txn where loan_id = :l and kind = 'OVERDUE_TRANSFER'")
                .param("l", loan).query(LocalDate.class).single()).isEqualTo(date("2024-07-11"));
        assertBalance(loan, "2024-07-10", 55_000_000, 0, 0, -1);
        assertBalance(loan, "2024-07-11", 55_000_000, 10_000_000, 0, -1);
        ledger.hold(date("2024-07-11"));
        assertThat(nightly.runOne(loan, date("2024-07-11"), "system").transfers()).as("again: nothing").isZero();

        // a repayment goes to the overdue principal first; August's charge has a day in term and 30 days overdue
        long owedBefore = balances.asOf(loan, date("2024-07-11")).interestOwed().dong();
        repayments.repayPrincipal(loan, date("2024-08-10"), Money.of(4_000_000), UUID.randomUUID().toString(), STAFF);
        long august = InterestCalculator.accrual(hn, new BigDecimal("130"))
                .add(Money.of(55_000_000), Money.ZERO, date("2024-07-10"), date("2024-07-11"))
                .add(Money.of(45_000_000), Money.of(10_000_000), date("2024-07-11"), date("2024-08-10")).total().dong();
        assertThat(charges(loan).get(charges(loan).size() - 1)).isEqualTo(august);
        assertBalance(loan, "2024-08-10", 51_000_000, 6_000_000, 0, owedBefore + august);
        ledger.hold(date("2024-08-10"));

        // extension of the first instalment: limited to 12 months (half of 24); the preparer cannot approve it
        long first = instalment(loan, 1);
        assertThatThrownBy(() -> risks.propose(loan, new RiskService.Proposal(DecisionKind.EXTENSION, "001/2024/QĐ-GH",
                "Mất mùa do hạn hán", date("2024-08-12"), null, first, date("2025-08-10"), null), STAFF))
                .isInstanceOf(LoanRuleException.class).extracting("messageKey").isEqualTo("loan.error.extension-limit");
        long extension = risks.propose(loan, new RiskService.Proposal(DecisionKind.EXTENSION, "001/2024/QĐ-GH",
                "Mất mùa do hạn hán", date("2024-08-12"), null, first, date("2024-12-10"), null), STAFF);
        assertThatThrownBy(() -> risks.approve(extension, date("2024-08-12"), STAFF))
                .isInstanceOf(LoanRuleException.class).extracting("messageKey").isEqualTo("loan.error.maker-checker");
        assertThat(ledger.count("EXTENSION")).isZero();
        risks.approve(extension, date("2024-08-12"), DIRECTOR);
        assertThat(jdbc.sql("select amount, d_overdue from loan_txn where loan_id = :l and kind = 'EXTENSION'")
                .param("l", loan).query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single()).isEqualTo("6000000/-6000000");
        assertThat(jdbc.sql("select due_on || '/' || original_due_on || '/' || extended from loan_instalment where id = :id")
                .param("id", first).query(String.class).single()).isEqualTo("2024-12-10/2024-07-10/true");
        assertBalance(loan, "2024-08-12", 51_000_000, 0, 0, -1);
        ledger.hold(date("2024-08-12"));

        // rescheduling what is left into quarterly instalments up to maturity
        long reschedule = risks.propose(loan, new RiskService.Proposal(DecisionKind.RESCHEDULE, "002/2024/QĐ-ĐC",
                "Chuyển sang chăn nuôi lợn, thu nhập theo quý", date("2024-09-10"), null, null, null, 3), STAFF);
        risks.approve(reschedule, date("2024-09-10"), DIRECTOR);
        assertThat(ledger.sum("RESCHEDULE")).isEqualTo(51_000_000);
        assertThat(schedule(loan)).containsExactly("2024-12-10:10000000", "2025-03-10:10000000", "2025-06-10:10000000",
                "2025-09-10:10000000", "2025-12-10:10000000", "2026-01-10:10000000");
        assertBalance(loan, "2024-09-10", 51_000_000, 0, 0, -1);
        ledger.hold(date("2024-09-10"));

        // after a flood, 20 million is frozen: it falls overdue no more and bears no interest
        long freeze = risks.propose(loan, new RiskService.Proposal(DecisionKind.FREEZE, "003/2024/QĐ-KN",
                "Thiệt hại do lũ lụt", date("2024-10-10"), Money.of(20_000_000), null, null, null), STAFF);
        risks.approve(freeze, date("2024-10-10"), DIRECTOR);
        assertBalance(loan, "2024-10-10", 51_000_000, 0, 20_000_000, -1);
        ledger.hold(date("2024-10-10"));
        nightly.runOne(loan, date("2024-12-11"), "system");
        assertThat(ledger.count("OVERDUE_TRANSFER")).as("the frozen debt covers the December instalment").isEqualTo(1);
        assertThat(charges(loan).get(charges(loan).size() - 1)).isEqualTo(
                InterestCalculator.interest(Money.of(31_000_000), date("2024-11-10"), date("2024-12-10"), hn).dong());
        ledger.hold(date("2024-12-11"));

        // the frozen debt is written off; the loan goes on
        long writeOff = risks.propose(loan, new RiskService.Proposal(DecisionKind.WRITE_OFF, "004/2025/QĐ-XN",
                "Không còn khả năng trả phần nợ bị thiệt hại", date("2025-01-10"), null, null, null, null), STAFF);
        risks.approve(writeOff, date("2025-01-10"), DIRECTOR);
        assertThat(ledger.sum("WRITE_OFF")).isEqualTo(20_000_000);
        assertBalance(loan, "2025-01-10", 31_000_000, 0, 0, -1);
        assertThat(loanStatus(loan)).isEqualTo("ACTIVE");
        ledger.hold(date("2025-01-10"));

        // settlement on a day between point days: the interest up to that day, everything owed, and the loan is SETTLED
        nightly.runOne(loan, date("2025-04-10"), "system");
        long owed = balances.asOf(loan, date("2025-04-10")).interestOwed().dong();
        long lastDays = InterestCalculator.interest(Money.of(31_000_000), date("2025-04-10"), date("2025-04-15"), hn).dong();
        var quote = repayments.settlementQuote(loan, date("2025-04-15"));
        assertThat(quote.principal().dong()).isEqualTo(31_000_000);
        assertThat(quote.interest().dong()).isEqualTo(owed + lastDays);
        repayments.settle(loan, date("2025-04-15"), UUID.randomUUID().toString(), STAFF);
        assertThat(loanStatus(loan)).isEqualTo("SETTLED");
        assertBalance(loan, "2025-04-15", 0, 0, 0, 0);
        assertThat(ledger.sum("DISBURSEMENT") - ledger.sum("PRINCIPAL_REPAYMENT") - ledger.sum("WRITE_OFF")).isZero();
        ledger.hold(date("2025-04-15"));

        // a closed loan takes nothing more
        long rows = ledger.rows();
        assertThatThrownBy(() -> repayments.payInterest(loan, date("2025-04-20"), Money.of(1_000), null, STAFF))
                .isInstanceOf(LoanRuleException.class).extracting("messageKey").isEqualTo("loan.error.closed");
        assertThat(ledger.rows()).isEqualTo(rows);
        assertThat(audited(loan)).contains("LOAN_DISBURSED", "LOAN_INTEREST_PAID", "LOAN_PRINCIPAL_REPAID",
                "LOAN_CAUGHT_UP", "LOAN_EXTENSION", "LOAN_RESCHEDULE", "LOAN_FREEZE", "LOAN_WRITE_OFF", "LOAN_SETTLED");
    }

    @Test
    void aFullyFrozenLoanStopsEarningAndItsWriteOffClosesIt() {
        RateTable hn = catalogue.ratesOf("HN");
        LendingFixtures.Office office = fixtures.office("HPN", 10);
        long household = fixtures.member(office, "NGHEO");
        long loan = lending.disbursed(office, household, "HN", 30_000_000, 12, 12, date("2025-02-03"), date("2025-02-10"));
        LedgerChecks ledger = new LedgerChecks(jdbc, balances, loan);
        nightly.runOne(loan, date("2025-04-10"), "system");
        ledger.hold(date("2025-04-10"));

        long freeze = risks.propose(loan, new RiskService.Proposal(DecisionKind.FREEZE, "010/2025/QĐ-KN",
                "Chủ hộ mất tích", date("2025-04-20"), null, null, null, null), STAFF);
        risks.approve(freeze, date("2025-04-20"), DIRECTOR);
        long lastDays = InterestCalculator.interest(Money.of(30_000_000), date("2025-04-10"), date("2025-04-20"), hn).dong();
        assertThat(charges(loan).get(charges(loan).size() - 1)).as("interest up to the freeze").isEqualTo(lastDays);
        assertBalance(loan, "2025-04-20", 30_000_000, 0, 30_000_000, -1);
        ledger.hold(date("2025-04-20"));

        assertThat(nightly.runOne(loan, date("2025-06-10"), "system").charges()).as("frozen debt earns nothing").isZero();
        long owed = balances.asOf(loan, date("2025-06-10")).interestOwed().dong();
        assertThat(owed).isPositive();

        long writeOff = risks.propose(loan, new RiskService.Proposal(DecisionKind.WRITE_OFF, "011/2025/QĐ-XN",
                "Chủ hộ mất tích, không còn khả năng trả nợ", date("2025-06-15"), null, null, null, null), STAFF);
        risks.approve(writeOff, date("2025-06-15"), DIRECTOR);
        assertThat(loanStatus(loan)).isEqualTo("WRITTEN_OFF");
        assertThat(jdbc.sql("select amount || '/' || d_outstanding || '/' || d_frozen || '/' || d_interest from loan_txn where loan_id = :l and kind = 'WRITE_OFF'")
                .param("l", loan).query(String.class).single())
                .isEqualTo("30000000/-30000000/-30000000/" + (-owed));
        assertBalance(loan, "2025-06-15", 0, 0, 0, 0);
        ledger.hold(date("2025-06-15"));
    }

    @Test
    void aDisbursementIsCancelledTheSameDayByAReversalAndTheApplicationCanBePaidOutAgain() {
        LendingFixtures.Office office = fixtures.office("CCB", 15);
        long household = fixtures.member(office, "NGHEO");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        fixtures.capitalPlan(office, "HN", today.getYear(), 500_000_000);
        long applicationId = lending.approved(office, household, "HN", 20_000_000, 36, 12, today.minusDays(5));
        long loan = disbursements.disburse(applicationId, today, false, UUID.randomUUID().toString(), STAFF);

        disbursements.cancel(loan, "Nhập nhầm số tiền", DIRECTOR);
        LedgerChecks ledger = new LedgerChecks(jdbc, balances, loan);
        ledger.hold(today);
        assertThat(loanStatus(loan)).isEqualTo("CANCELLED");
        assertThat(lending.status(applicationId)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from loan_txn where loan_id = :l and kind = 'REVERSAL' and reverses_id is not null")
                .param("l", loan).query(Long.class).single()).isEqualTo(1);
        assertThat(balances.asOf(loan, today)).isEqualTo(Balance.ZERO);

        long again = disbursements.disburse(applicationId, today, true, UUID.randomUUID().toString(), STAFF);
        assertThat(again).isNotEqualTo(loan);
        assertThat(balances.asOf(again, today).outstanding().dong()).isEqualTo(20_000_000);

        repayments.repayPrincipal(again, today, Money.of(1_000_000), UUID.randomUUID().toString(), STAFF);
        assertThatThrownBy(() -> disbursements.cancel(again, "Muộn rồi", DIRECTOR))
                .isInstanceOf(LoanRuleException.class).extracting("messageKey").isEqualTo("loan.error.cancel-same-day");
    }

    @Test
    void repayingAllThePrincipalEarlyChargesTheInterestUpToThatDayAndTheLoanClosesOnceItIsPaid() {
        RateTable hn = catalogue.ratesOf("HN");
        LendingFixtures.Office office = fixtures.office("HND", 10);
        long loan = lending.disbursed(office, fixtures.member(office, "NGHEO"), "HN", 12_000_000, 12, 3,
                date("2025-05-02"), date("2025-05-10"));
        LedgerChecks ledger = new LedgerChecks(jdbc, balances, loan);
        repayments.repayPrincipal(loan, date("2025-06-25"), Money.of(12_000_000), UUID.randomUUID().toString(), STAFF);
        long june = InterestCalculator.interest(Money.of(12_000_000), date("2025-05-10"), date("2025-06-10"), hn).dong();
        long lastDays = InterestCalculator.interest(Money.of(12_000_000), date("2025-06-10"), date("2025-06-25"), hn).dong();
        assertThat(charges(loan)).containsExactly(june, lastDays);
        assertBalance(loan, "2025-06-25", 0, 0, 0, june + lastDays);
        assertThat(loanStatus(loan)).as("interest is still owed").isEqualTo("ACTIVE");
        ledger.hold(date("2025-06-25"));

        repayments.payInterest(loan, date("2025-06-25"), Money.of(june + lastDays), UUID.randomUUID().toString(), STAFF);
        assertThat(loanStatus(loan)).isEqualTo("SETTLED");
        ledger.hold(date("2025-06-25"));
    }

    private List<String> schedule(long loan) {
        return jdbc.sql("select due_on || ':' || principal_due from loan_instalment where loan_id = :l and principal_due > 0 order by due_on, seq")
                .param("l", loan).query(String.class).list();
    }

    private List<Long> charges(long loan) {
        return jdbc.sql("select amount from loan_txn where loan_id = :l and kind = 'INTEREST_CHARGE' order by business_date, id")
                .param("l", loan).query(Long.class).list();
    }

    private long instalment(long loan, int seq) {
        return jdbc.sql("select id from loan_instalment where loan_id = :l and seq = :s").param("l", loan).param("s", seq)
                .query(Long.class).single();
    }

    private String loanStatus(long loan) {
        return jdbc.sql("select status from loan where id = :id").param("id", loan).query(String.class).single();
    }

    private List<String> audited(long loan) {
        return jdbc.sql("select distinct action from audit_log where entity = 'loan' and entity_id = :id")
                .param("id", String.valueOf(loan)).query(String.class).list();
    }

    /** Balances at the end of the day; an interest of -1 is not checked. */
    private void assertBalance(long loan, String day, long outstanding, long overdue, long frozen, long interest) {
        Balance b = balances.asOf(loan, date(day));
        assertThat(b.outstanding().dong()).as("outstanding on %s", day).isEqualTo(outstanding);
        assertThat(b.overdue().dong()).as("overdue on %s", day).isEqualTo(overdue);
        assertThat(b.frozen().dong()).as("frozen on %s", day).isEqualTo(frozen);
        if (interest >= 0) {
            assertThat(b.interestOwed().dong()).as("interest owed on %s", day).isEqualTo(interest);
        }
    }
}

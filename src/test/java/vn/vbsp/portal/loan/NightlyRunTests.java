package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.NightlyRun;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;

/** The nightly run over the whole book (the demo office and the tests' loans): it catches up, and twice is once. */
@PortalTest
class NightlyRunTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired JdbcClient jdbc;
    @Autowired NightlyRun nightly;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired LoanBalances balances;
    @Autowired ProgrammeCatalogue catalogue;

    @Test
    void catchesUpOnEveryMissedDayAndASecondRunPostsNothing() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 10);
        long household = fixtures.member(office, "NGHEO");
        LocalDate disbursed = date("2025-06-10");
        long loan = lending.disbursed(office, household, "HN", 30_000_000, 24, 3, date("2025-06-02"), disbursed);

        // the server was "down" since the disbursement: one run posts every month's charge and every transfer
        long started = System.nanoTime();
        NightlyRun.Result first = nightly.run(TODAY, "system");
        System.out.printf("Nightly run over the book: %s in %d ms%n", first, (System.nanoTime() - started) / 1_000_000);
        assertThat(first.failures()).isZero();

        List<LocalDate> dues = RepaymentSchedule.instalments(Money.of(30_000_000), disbursed, 24, 3, 10).stream()
                .map(Instalment::dueOn).filter(d -> d.isBefore(TODAY)).toList();
        List<LocalDate> transfers = jdbc.sql("select business_date from loan_txn where loan_id = :l and kind = 'OVERDUE_TRANSFER' order by 1")
                .param("l", loan).query(LocalDate.class).list();
        assertThat(transfers).containsExactlyElementsOf(dues.stream().map(d -> d.plusDays(1)).toList());
        assertThat(balances.asOf(loan, TODAY).overdue().dong()).isEqualTo(dues.size() * 3_750_000L);

        List<LocalDate> chargeDays = jdbc.sql("select business_date from loan_txn where loan_id = :l and kind = 'INTEREST_CHARGE' order by 1")
                .param("l", loan).query(LocalDate.class).list();
        LocalDate expected = RepaymentSchedule.pointDayAfter(disbursed, 1, 10);
        assertThat(chargeDays.get(0)).isEqualTo(expected);
        assertThat(chargeDays).hasSize(monthsOfCharges(disbursed, 10));
        assertThat(jdbc.sql("select amount from loan_txn where loan_id = :l and kind = 'INTEREST_CHARGE' order by business_date limit 1")
                .param("l", loan).query(Long.class).single())
                .isEqualTo(InterestCalculator.interest(Money.of(30_000_000), disbursed, expected, catalogue.ratesOf("HN")).dong());
        new LedgerChecks(jdbc, balances, loan).hold(TODAY);

        long rows = jdbc.sql("select count(*) from loan_txn").query(Long.class).single();
        started = System.nanoTime();
        NightlyRun.Result second = nightly.run(TODAY, "system");
        System.out.printf("Second run: %s in %d ms%n", second, (System.nanoTime() - started) / 1_000_000);
        assertThat(second.transfers()).isZero();
        assertThat(second.charges()).isZero();
        assertThat(jdbc.sql("select count(*) from loan_txn").query(Long.class).single()).isEqualTo(rows);

        // the demo office was played up to yesterday with the same rules: the run found no overdue to add there
        assertThat(jdbc.sql("""
                select count(*) from loan_txn t join loan l on l.id = t.loan_id
                where l.loan_no like 'DEMO-%' and t.kind = 'OVERDUE_TRANSFER' and t.posted_by <> 'demo'
                """).query(Long.class).single()).isZero();
        // and the whole book keeps its invariants today
        assertThat(jdbc.sql("""
                select count(*) from (select loan_id, sum(d_outstanding) o, sum(d_overdue) v, sum(d_frozen) f, sum(d_interest) i
                                      from loan_txn where business_date <= :today group by loan_id) b
                where not (v >= 0 and f >= 0 and v + f <= o and i >= 0)
                """).param("today", TODAY).query(Long.class).single()).isZero();
    }

    /** Point days in the months after the month of disbursement, up to today. */
    private static int monthsOfCharges(LocalDate disbursed, int pointDay) {
        int n = 0;
        while (!RepaymentSchedule.pointDayAfter(disbursed, n + 1, pointDay).isAfter(TODAY)) {
            n++;
        }
        return n;
    }
}

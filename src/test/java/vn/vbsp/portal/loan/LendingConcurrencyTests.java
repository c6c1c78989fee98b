package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbsp.portal.loan.LendingFixtures.date;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;

/** Two people acting on the same application or loan at the same moment: only what should succeed does. */
@PortalTest
class LendingConcurrencyTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired RepaymentService repayments;

    @Test
    void twoDisbursementsOfOneApplicationAtOnceOpenOneLoan() throws Exception {
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HPN", 8);
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 500_000_000);
        long application = lending.approved(office, fixtures.member(office, "NGHEO"), "HN", 40_000_000, 36, 12,
                TODAY.minusDays(3));

        List<Outcome> outcomes = race(() -> disbursements.disburse(application, TODAY, true, UUID.randomUUID().toString(),
                Lending.STAFF));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .extracting(Outcome::refusal).isEqualTo("loan.error.not-approved");
        assertThat(jdbc.sql("""
                select count(*) from loan_txn t join loan l on l.id = t.loan_id
                where l.application_id = :a and t.kind = 'DISBURSEMENT'
                """).param("a", application).query(Long.class).single()).isEqualTo(1);
        assertThat(lending.status(application)).isEqualTo("DISBURSED");
    }

    @Test
    void twoDirectorsApprovingOneApplicationAtOnce() throws Exception {
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("CCB", 8);
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 500_000_000);
        long application = lending.apply(office, fixtures.member(office, "NGHEO"), "HN", 40_000_000, 36, 12, TODAY.minusDays(3));
        lending.reviewAndCertify(office, application, TODAY.minusDays(3));

        List<String> directors = List.of("giamdoc-a", "giamdoc-b");
        List<Outcome> outcomes = race(n -> {
            approvals.approve(application, TODAY, directors.get(n));
            return 0L;
        });
        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .extracting(Outcome::refusal).isEqualTo("loan.error.not-certified");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOAN_APPLICATION_APPROVED' and entity_id = :id")
                .param("id", String.valueOf(application)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoRepaymentsThatTogetherExceedTheOutstandingCannotBothPass() throws Exception {
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("DTN", 8);
        long loan = lending.disbursed(office, fixtures.member(office, "NGHEO"), "HN", 30_000_000, 36, 12,
                date("2026-01-02"), date("2026-01-08"));

        List<Outcome> outcomes = race(() -> {
            repayments.repayPrincipal(loan, TODAY, Money.of(20_000_000), UUID.randomUUID().toString(), Lending.STAFF);
            return 0L;
        });
        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .extracting(Outcome::refusal).isEqualTo("loan.error.more-than-outstanding");
        assertThat(jdbc.sql("select count(*) from loan_txn where loan_id = :l and kind = 'PRINCIPAL_REPAYMENT'")
                .param("l", loan).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from loan_txn where loan_id = :l and kind = 'INTEREST_CHARGE'")
                .param("l", loan).query(Long.class).single())
                .as("the catch-up before the payments ran once").isEqualTo(jdbc.sql(
                        "select count(distinct business_date) from loan_txn where loan_id = :l and kind = 'INTEREST_CHARGE'")
                        .param("l", loan).query(Long.class).single());
    }

    record Outcome(boolean succeeded, String refusal) {
    }

    interface Attempt {
        long run(int n) throws Exception;
    }

    private static List<Outcome> race(Callable<Long> action) throws Exception {
        return race(n -> action.call());
    }

    /** Starts the action on two threads at the same instant and collects what each got. */
    private static List<Outcome> race(Attempt action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        action.run(n);
                        return new Outcome(true, null);
                    } catch (LoanRuleException e) {
                        return new Outcome(false, e.messageKey());
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}

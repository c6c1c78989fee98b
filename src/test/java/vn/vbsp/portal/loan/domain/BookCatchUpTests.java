package vn.vbsp.portal.loan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.loan.BookUpToDate;
import vn.vbsp.portal.loan.CatchUpRun;
import vn.vbsp.portal.loan.Lending;
import vn.vbsp.portal.loan.LendingFixtures;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;

/**
 * The set-wise catch-up of the whole book posts exactly what the loan-by-loan catch-up (the rules a posting applies
 * to its loan first) posts, on real loans; twice is once; and a start-up after missed nights catches up by itself.
 */
@PortalTest
class BookCatchUpTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired JdbcClient jdbc;
    @Autowired BookCatchUp book;
    @Autowired CatchUp perLoan;
    @Autowired LoanRepository loans;
    @Autowired RepaymentService repayments;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired LoanBalances balances;
    @Autowired BookUpToDate upToDate;
    @Autowired PlatformTransactionManager transactionManager;

    record Row(long loanId, LocalDate on, String kind, long amount, String key) {
    }

    /** Loans left behind since various days, with various schedules, point days, programmes and payments. */
    private List<Long> loansBehind() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        List<Long> ids = new ArrayList<>();
        int[][] shapes = {{10, 24, 3}, {31, 12, 1}, {5, 36, 6}, {28, 36, 12}, {15, 18, 3}};
        String[] programmes = {"HN", "HCN", "HN", "HCN", "HN"};
        LocalDate[] disbursed = {LocalDate.of(2024, 1, 31), LocalDate.of(2024, 11, 12), LocalDate.of(2025, 2, 28),
            LocalDate.of(2023, 8, 2), LocalDate.of(2025, 6, 16)};
        for (int i = 0; i < shapes.length; i++) {
            LendingFixtures.Office office = fixtures.office(i % 2 == 0 ? "HND" : "HPN", shapes[i][0]);
            long household = fixtures.member(office, programmes[i].equals("HN") ? "NGHEO" : "CAN_NGHEO");
            long loan = lending.disbursed(office, household, programmes[i], 20_000_000 + i * 7_000_000L, shapes[i][1],
                    shapes[i][2], disbursed[i].minusDays(8), disbursed[i]);
            ids.add(loan);
        }
        // some paid part of the way, then nothing more: behind since their payment
        repayments.repayPrincipal(ids.get(0), LocalDate.of(2024, 9, 3), Money.of(2_000_000), "bcu-p-" + ids.get(0), "test");
        repayments.payInterest(ids.get(2), LocalDate.of(2025, 7, 6), Money.of(100_000), "bcu-i-" + ids.get(2), "test");
        repayments.repayPrincipal(ids.get(3), LocalDate.of(2024, 12, 30), Money.of(9_000_000), "bcu-p-" + ids.get(3), "test");
        return ids;
    }

    @Test
    void theSetWiseCatchUpPostsWhatTheLoanByLoanCatchUpPosts() {
        List<Long> ids = loansBehind();
        // plus some of the demo office, which is up to date: neither finds anything there
        ids.addAll(jdbc.sql("select id from loan where status = 'ACTIVE' and loan_no like 'DEMO-%' order by id limit 40")
                .query(Long.class).list());

        List<Row> slow = rolledBack(() -> {
            List<Row> rows = new ArrayList<>();
            for (long id : ids) {
                for (LedgerEntry e : perLoan.bringUpTo(loans.lock(id).orElseThrow(), TODAY, "test").posted()) {
                    rows.add(new Row(e.getLoanId(), e.getBusinessDate(), e.getKind().name(), e.getAmount().dong(),
                            e.getIdempotencyKey()));
                }
            }
            return rows;
        });
        List<Row> fast = rolledBack(() -> book.plan(TODAY, ids).stream()
                .map(p -> new Row(p.loanId(), p.on(), p.kind().name(), p.amount(), p.key())).toList());

        assertThat(slow).as("the loans were behind").hasSizeGreaterThan(60)
                .anyMatch(r -> r.kind().equals("OVERDUE_TRANSFER")).anyMatch(r -> r.kind().equals("INTEREST_CHARGE"));
        Comparator<Row> order = Comparator.comparing(Row::loanId).thenComparing(Row::on).thenComparing(Row::key);
        assertThat(fast.stream().sorted(order).toList()).containsExactlyElementsOf(slow.stream().sorted(order).toList());
    }

    @Test
    void aSecondRunPostsNothingAndTheLedgerKeepsItsInvariants() {
        List<Long> ids = loansBehind();
        CatchUpRun first = book.run("MANUAL", TODAY, null, "test");
        assertThat(first.done()).isTrue();
        assertThat(first.transfers()).isPositive();
        assertThat(first.charges()).isPositive();
        long rows = jdbc.sql("select count(*) from loan_txn").query(Long.class).single();

        CatchUpRun second = book.run("MANUAL", TODAY, null, "test");
        assertThat(second.done()).isTrue();
        assertThat(second.transfers()).isZero();
        assertThat(second.charges()).isZero();
        assertThat(jdbc.sql("select count(*) from loan_txn").query(Long.class).single()).isEqualTo(rows);
        assertThat(rolledBack(() -> book.plan(TODAY, ids))).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOAN_BOOK_CAUGHT_UP' and entity_id = :id")
                .param("id", String.valueOf(first.id())).query(Long.class).single()).isOne();
        for (long id : ids) {
            new vn.vbsp.portal.loan.LedgerChecks(jdbc, balances, id).hold(TODAY);
        }
    }

    @Test
    void aStartUpAfterMissedNightsCatchesUpByItself() {
        List<Long> ids = loansBehind();
        // the last run the portal completed was three nights ago
        jdbc.sql("""
                insert into loan_catch_up_run (reason, through, started_at, finished_at, result, run_by)
                values ('NIGHTLY', :d, now(), now(), 'DONE', 'system')
                """).param("d", TODAY.minusDays(3)).update();
        assertThat(upToDate.notCaughtUpFor(TODAY.minusDays(1))).isTrue();

        Optional<CatchUpRun> run = upToDate.catchUpIfBehind("STARTUP");

        assertThat(run).hasValueSatisfying(r -> {
            assertThat(r.done()).isTrue();
            assertThat(r.reason()).isEqualTo("STARTUP");
            assertThat(r.through()).isEqualTo(TODAY);
            assertThat(r.transfers()).isPositive();
        });
        assertThat(upToDate.notCaughtUpFor(TODAY)).isFalse();
        assertThat(upToDate.last()).map(CatchUpRun::id).isEqualTo(run.map(CatchUpRun::id));
        assertThat(rolledBack(() -> book.plan(TODAY, ids))).isEmpty();
        // caught up now: the hourly check finds nothing to do
        assertThat(upToDate.catchUpIfBehind("MISSED")).isEmpty();
    }

    private <T> T rolledBack(java.util.function.Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        return tx.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}

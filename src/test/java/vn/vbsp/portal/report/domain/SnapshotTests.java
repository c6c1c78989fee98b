package vn.vbsp.portal.report.domain;

import vn.vbsp.portal.loan.LedgerSql;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Month-end snapshots never disagree with the ledger: built from it, and marked invalid by the trigger the moment a
 * row dated on or before them is inserted; the reports then read the ledger (or a rebuilt snapshot) instead.
 */
@PortalTest
class SnapshotTests {

    private static final LocalDate EARLIER = YearMonth.now().minusMonths(5).atEndOfMonth();
    private static final LocalDate LATER = YearMonth.now().minusMonths(3).atEndOfMonth();

    @Autowired
    SnapshotStore snapshots;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    vn.vbsp.portal.report.PastFigures past;

    @Autowired
    vn.vbsp.portal.report.PortfolioQuery portfolio;

    @Test
    void theMonthEndForADateIsBeforeTodayAndOnOrBeforeTheDate() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(SnapshotStore.monthEndFor(LocalDate.of(2026, 9, 30), today)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(SnapshotStore.monthEndFor(LocalDate.of(2026, 9, 29), today)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(SnapshotStore.monthEndFor(LocalDate.of(2026, 11, 21), today)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(SnapshotStore.monthEndFor(LocalDate.of(2026, 11, 30), today)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(SnapshotStore.monthEndFor(LocalDate.of(2027, 3, 15), today)).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aSnapshotIsTheLedgerSummedUpToItsDayWhetherBuiltAloneOrOnAnother() {
        assertThat(snapshots.build(EARLIER)).isTrue();
        assertThat(snapshots.build(LATER)).isTrue();
        assertThat(valid(EARLIER)).isTrue();
        assertThat(valid(LATER)).isTrue();
        assertThat(differencesFromTheLedger(EARLIER)).isZero();
        assertThat(differencesFromTheLedger(LATER)).isZero();
        assertThat(jdbc.sql("select loans from report_snapshot where as_of = :d").param("d", LATER).query(Integer.class).single())
                .isGreaterThan(1000);
    }

    @Test
    void aRowDatedOnOrBeforeASnapshotMakesItInvalidAndTheReportFollowsTheLedger() {
        assertThat(snapshots.build(EARLIER)).isTrue();
        assertThat(snapshots.build(LATER)).isTrue();
        long before = csvTotal(LATER);
        long loanId = jdbc.sql("""
                select loan_id from report_balance_snapshot where as_of = :d and outstanding > 5000000 order by loan_id limit 1
                """).param("d", LATER).query(Long.class).single();

        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 1000, -1000, 'test')
                """).param("loan", loanId).param("date", LATER.minusDays(5)).update();

        assertThat(valid(LATER)).as("the snapshot after the row's day").isFalse();
        assertThat(valid(EARLIER)).as("the snapshot before the row's day").isTrue();
        assertThat(csvTotal(LATER)).isEqualTo(before - 1000);
        // the report rebuilt the snapshot it needed, from the ledger as it now stands
        assertThat(valid(LATER)).isTrue();
        assertThat(differencesFromTheLedger(LATER)).isZero();

        // a row on the snapshot's own day counts too
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 500, -500, 'test')
                """).param("loan", loanId).param("date", LATER).update();
        assertThat(valid(LATER)).isFalse();
        assertThat(csvTotal(LATER)).isEqualTo(before - 1500);
    }

    @Test
    void changingALoansKeysMakesEverySnapshotInvalidAndNothingElseDoes() {
        assertThat(snapshots.build(LATER)).isTrue();
        long loanId = jdbc.sql("select loan_id from report_balance_snapshot where as_of = :d order by loan_id limit 1")
                .param("d", LATER).query(Long.class).single();
        jdbc.sql("update loan set purpose = purpose, version = version + 1 where id = :id").param("id", loanId).update();
        assertThat(valid(LATER)).isTrue();

        int programme = jdbc.sql("select programme_id from loan where id = :id").param("id", loanId).query(Integer.class).single();
        int other = jdbc.sql("select min(id) from programme where id <> :p").param("p", programme).query(Integer.class).single();
        jdbc.sql("update loan set programme_id = :o where id = :id").param("o", other).param("id", loanId).update();
        assertThat(valid(LATER)).isFalse();
        assertThat(snapshots.build(LATER)).isTrue();
        assertThat(jdbc.sql("select programme_id from report_balance_snapshot where as_of = :d and loan_id = :id")
                .param("d", LATER).param("id", loanId).query(Integer.class).single()).isEqualTo(other);
        jdbc.sql("update loan set programme_id = :p where id = :id").param("p", programme).param("id", loanId).update();
        assertThat(valid(LATER)).isFalse();
    }

    @Test
    void balancesFromASnapshotAndTheRowsSinceEqualBalancesFromTheLedgerAlone() {
        assertThat(snapshots.build(LATER)).isTrue();
        for (LocalDate day : List.of(LATER, LATER.plusDays(1), LATER.plusDays(17), LATER.plusMonths(2))) {
            String columns = " select loan_id, outstanding, overdue, frozen, interest from balance"
                    + " where outstanding <> 0 or overdue <> 0 or frozen <> 0 or interest <> 0";
            String fromSnapshot = "with " + LedgerSql.cte(LATER, day) + columns;
            String fromLedger = "with " + LedgerSql.cte(null, day) + columns;
            long differences = jdbc.sql("select count(*) from (((" + fromSnapshot + ") except all (" + fromLedger
                    + ")) union all ((" + fromLedger + ") except all (" + fromSnapshot + "))) d").query(Long.class).single();
            assertThat(differences).as("on %s", day).isZero();
            String agedFromSnapshot = "with " + LedgerSql.agedCte(LATER, day) + " select * from aged where overdue > 0 or interest > 0";
            String agedFromLedger = "with " + LedgerSql.agedCte(null, day) + " select * from aged where overdue > 0 or interest > 0";
            long agedDifferences = jdbc.sql("select count(*) from (((" + agedFromSnapshot + ") except all (" + agedFromLedger
                    + ")) union all ((" + agedFromLedger + ") except all (" + agedFromSnapshot + "))) d").query(Long.class).single();
            assertThat(agedDifferences).as("ages on %s", day).isZero();
        }
    }

    @Test
    void aReportForAPastDayReadsThatDaysOwnSnapshotAndTodaysReadsYesterdays() {
        LocalDate day = LocalDate.now().minusDays(40);
        csvTotal(day);
        assertThat(valid(day)).isTrue();
        assertThat(valid(java.time.YearMonth.from(day).minusMonths(1).atEndOfMonth())).isTrue();
        csvTotal(LocalDate.now());
        assertThat(valid(LocalDate.now().minusDays(1))).isTrue();
        assertThat(differencesFromTheLedger(day)).isZero();
    }

    @Test
    void aPastDaysFiguresAreWorkedOutOnceUntilAPostingReachesBackToThatDay() {
        LocalDate day = LATER.minusDays(3);
        java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<Long> sum = () -> {
            worked.incrementAndGet();
            return jdbc.sql("select coalesce(sum(d_outstanding), 0) from loan_txn where business_date <= :d")
                    .param("d", day).query(Long.class).single();
        };
        List<Object> asked = List.of("test sum", "office");
        long before = past.of(asked, List.of(day), sum);
        assertThat(past.of(asked, List.of(day), sum)).isEqualTo(before);
        assertThat(worked).as("read the second time from the memo").hasValue(1);
        assertThat(past.of(List.of("test sum", "another scope"), List.of(day), sum)).isEqualTo(before);
        assertThat(worked).as("another question is worked out on its own").hasValue(2);

        long loanId = jdbc.sql("""
                select loan_id from report_balance_snapshot where as_of = :d and outstanding > 5000000 order by loan_id limit 1
                """).param("d", day).query(Long.class).single();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 700, -700, 'test')
                """).param("loan", loanId).param("date", day).update();
        assertThat(past.of(asked, List.of(day), sum)).as("a posting on the day itself").isEqualTo(before - 700);
        assertThat(worked).hasValue(3);
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 300, -300, 'test')
                """).param("loan", loanId).param("date", day.plusDays(1)).update();
        assertThat(past.of(asked, List.of(day), sum)).as("a posting after the day changes nothing").isEqualTo(before - 700);
        assertThat(worked).hasValue(3);
        assertThat(past.of(asked, List.of(LocalDate.now()), sum)).as("today is never kept").isNotNull();
        assertThat(past.of(asked, List.of(LocalDate.now()), sum)).isNotNull();
        assertThat(worked).hasValue(5);
    }

    @Test
    void aRenamedCommuneShowsUnderItsNewNameOnAPastDayAtOnce() {
        LocalDate day = LATER.minusDays(2);
        var scope = new vn.vbsp.portal.user.UserScope(Role.BOARD, null, null);
        var first = portfolio.portfolio(day, vn.vbsp.portal.report.Breakdown.COMMUNE, scope).rows().get(0);
        assertThat(portfolio.portfolio(day, vn.vbsp.portal.report.Breakdown.COMMUNE, scope).rows().get(0))
                .isEqualTo(first);
        jdbc.sql("update commune set name = :n where code = :c").param("n", first.name() + " (mới)")
                .param("c", first.code()).update();
        try {
            assertThat(portfolio.portfolio(day, vn.vbsp.portal.report.Breakdown.COMMUNE, scope).rows().get(0).name())
                    .isEqualTo(first.name() + " (mới)");
        } finally {
            jdbc.sql("update commune set name = :n where code = :c").param("n", first.name()).param("c", first.code())
                    .update();
        }
    }

    private long differencesFromTheLedger(LocalDate day) {
        return jdbc.sql("""
                with ledger as (
                    select loan_id, sum(d_outstanding)::bigint o, sum(d_overdue)::bigint v, sum(d_frozen)::bigint f,
                           sum(d_interest)::bigint i
                    from loan_txn where business_date <= :d group by loan_id
                    having sum(d_outstanding) <> 0 or sum(d_overdue) <> 0 or sum(d_frozen) <> 0 or sum(d_interest) <> 0),
                snapshot as (
                    select loan_id, outstanding o, overdue v, frozen f, interest i from report_balance_snapshot where as_of = :d)
                select count(*) from ledger full join snapshot using (loan_id)
                where ledger.o is distinct from snapshot.o or ledger.v is distinct from snapshot.v
                   or ledger.f is distinct from snapshot.f or ledger.i is distinct from snapshot.i
                """).param("d", day).query(Long.class).single();
    }

    private boolean valid(LocalDate day) {
        return jdbc.sql("select coalesce((select valid from report_snapshot where as_of = :d), false)").param("d", day)
                .query(Boolean.class).single();
    }

    private long csvTotal(LocalDate day) {
        var result = mvc.get().uri("/reports/portfolio.csv").param("asOf", day.toString()).param("by", "commune")
                .with(TestUsers.as(Role.BOARD)).exchange();
        List<String[]> rows = CsvText.parse(result.getResponse().getContentAsByteArray());
        return Long.parseLong(rows.get(rows.size() - 1)[4]);
    }
}

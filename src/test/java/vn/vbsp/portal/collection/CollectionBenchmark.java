package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.Statements;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/**
 * How fast the transaction day is on the demo office. Not part of the build: {@code ./mvnw -Pbenchmark verify
 * -Dtest=CollectionBenchmark}. Prints: the day page of the commune with the most loans (MockMvc, signed in as STAFF),
 * on today and on its next fixed day (where every loan has the month's interest charge still to come); posting one
 * group's sheet (each of the demo's largest groups once, every loan paying what is due); and 20 tellers posting 20
 * other groups' sheets at once. p95 is the nearest rank over the timed runs, after warm-ups. With
 * {@code -Dvbsp.bench.statements=true} it also prints the statements the first day page and the twenty sheets spent
 * their database time on, the machine's CPU use and what the connections waited for.
 */
@PortalTest
class CollectionBenchmark {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 20;
    private static final int TELLERS = 20;

    @Autowired MockMvcTester mvc;
    @Autowired CollectionDesk desk;
    @Autowired JdbcClient jdbc;

    private Statements statements;
    private final StringBuilder report = new StringBuilder("\n=== CollectionBenchmark ===\n");

    @Test
    void figures() throws Exception {
        statements = new Statements(jdbc);
        LocalDate today = CollectionFixtures.today();
        record Commune(String code, int pointDay, long loans) {
        }
        Commune big = jdbc.sql("""
                select c.code, p.day_of_month as point_day, count(*) as loans
                from loan l join commune c on c.id = l.commune_id join transaction_point p on p.commune_id = c.id
                where l.status = 'ACTIVE' group by c.code, p.day_of_month order by count(*) desc limit 1
                """).query(Commune.class).single();
        LocalDate next = TransactionCalendar.dayIn(YearMonth.from(today), big.pointDay());
        if (!next.isAfter(today)) {
            next = TransactionCalendar.dayIn(YearMonth.from(today).plusMonths(1), big.pointDay());
        }
        page("day page, " + big.code() + " (" + big.loans() + " loans), today", "/transaction-days/" + big.code() + "/" + today);
        if (statements.on()) {
            report.append(statements.top(8));
        }
        page("day page, " + big.code() + ", next fixed day " + next, "/transaction-days/" + big.code() + "/" + next);

        List<List<Long>> groups = jdbc.sql("""
                select g.id from savings_group g join loan l on l.group_id = g.id
                where l.status = 'ACTIVE' group by g.id order by count(*) desc, g.id limit :n
                """).param("n", WARM_UPS + RUNS + TELLERS).query(Long.class).list().stream()
                .map(List::of).toList();
        List<DayEntry> sheets = new ArrayList<>();
        for (List<Long> group : groups) {
            sheets.add(sheet(group.get(0), today));
        }
        int lines = 0;
        long[] times = new long[RUNS];
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            DayEntry entry = sheets.get(i);
            long start = System.nanoTime();
            PostingOutcome outcome = desk.post(entry, "bench-teller");
            long took = System.nanoTime() - start;
            assertThat(outcome.linesPosted()).isEqualTo(entry.lines().size());
            if (i >= WARM_UPS) {
                times[i - WARM_UPS] = took;
                lines += entry.lines().size();
            }
        }
        line("post one group's sheet (" + lines / RUNS + " lines on average)", times);

        List<DayEntry> concurrent = sheets.subList(WARM_UPS + RUNS, sheets.size());
        ExecutorService pool = Executors.newFixedThreadPool(TELLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> futures = new ArrayList<>();
        for (DayEntry entry : concurrent) {
            Callable<Long> teller = () -> {
                go.await();
                long start = System.nanoTime();
                desk.post(entry, "bench-teller");
                return System.nanoTime() - start;
            };
            futures.add(pool.submit(teller));
        }
        statements.reset();
        Statements.Sampling sampling = statements.sample();
        long wall = System.nanoTime();
        go.countDown();
        long[] each = new long[futures.size()];
        for (int i = 0; i < futures.size(); i++) {
            each[i] = futures.get(i).get();
        }
        wall = System.nanoTime() - wall;
        String waits = sampling.stop();
        pool.shutdown();
        int concurrentLines = concurrent.stream().mapToInt(e -> e.lines().size()).sum();
        line(TELLERS + " tellers at once, " + concurrentLines + " lines", each);
        report.append(String.format("  throughput: %.1f sheets/s, %.0f lines/s (wall %d ms)%n",
                concurrent.size() / (wall / 1e9), concurrentLines / (wall / 1e9), wall / 1_000_000));
        report.append(waits).append(statements.top(15));
        System.out.println(report);
    }

    /** Every loan of the group paying what is due (or, owing nothing today, a savings deposit), on today. */
    private DayEntry sheet(long groupId, LocalDate date) {
        String code = jdbc.sql("""
                select c.code from savings_group g join village v on v.id = g.village_id join commune c on c.id = v.commune_id
                where g.id = :g
                """).param("g", groupId).query(String.class).single();
        DaySheets day = desk.sheets(code, date, UserScope.wholeOffice(Role.STAFF));
        GroupSheet sheet = day.groups().stream().filter(g -> g.groupId() != null && g.groupId() == groupId)
                .findFirst().orElseThrow();
        List<LinePayment> lines = new ArrayList<>();
        int row = 1;
        for (SheetLine l : sheet.lines()) {
            boolean owes = l.interestDue().isPositive() || l.principalDue().isPositive();
            lines.add(new LinePayment(row++, l.loanNo(), l.interestDue(), l.principalDue(),
                    owes ? null : Money.of(50_000), null, false, null));
        }
        return new DayEntry(code, date, day.pointDay() ? null : "Đo tốc độ", UUID.randomUUID().toString(), lines);
    }

    private void page(String what, String uri) {
        for (int i = 0; i < WARM_UPS; i++) {
            assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.STAFF))).hasStatusOk();
        }
        statements.reset();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assertThat(mvc.get().uri(uri).with(TestUsers.as(Role.STAFF))).hasStatusOk();
            times[i] = System.nanoTime() - start;
        }
        line(what, times);
    }

    private void line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1_000_000;
        long p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1_000_000;
        long max = sorted[sorted.length - 1] / 1_000_000;
        report.append(String.format("  %-70s p50 %5d ms  p95 %5d ms  max %5d ms%n", what, p50, p95, max));
    }
}

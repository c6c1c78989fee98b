package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.FreshDatabase;
import vn.vbsp.portal.support.LedgerInvariants;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.PortalProcess;
import vn.vbsp.portal.support.load.Latencies;
import vn.vbsp.portal.support.load.LoadRun;
import vn.vbsp.portal.support.load.SheetLedger;
import vn.vbsp.portal.support.load.Teller;

/**
 * Two portal instances, each a process of its own on its own port, on one database, as behind a proxy: a user signed
 * in on one goes on on the other with the same session cookie, staff posting through both at once lose and double
 * nothing, and the same collection sheet uploaded through both at once posts once. {@code -Dvbsp.load.seconds} sets how long they post (15 s by default).
 */
class TwoInstancesTests {

    private static final String NAME = "Nguyễn Thị Thu Hà";
    private static FreshDatabase db;
    private static PortalProcess a;
    private static PortalProcess b;

    @BeforeAll
    static void twoInstances() {
        db = FreshDatabase.create("vbsp_two");
        a = PortalProcess.start("a", db, Map.of("VBSP_DEMO_DATA", "true"));
        b = PortalProcess.start("b", db, Map.of());
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceGoesOnOnTheOtherAndEndsOnBoth() {
        PortalClient browser = new PortalClient(a.base()).login("canbo", "demo");
        assertThat(browser.get("/households").body()).contains(NAME);

        PortalClient.Reply onB = browser.via(b.base()).get("/households");
        assertThat(onB.status()).as("B knows the session A started").isEqualTo(200);
        assertThat(onB.body()).contains(NAME);

        assertThat(browser.post("/logout", Map.of()).location()).contains("/login?logout");
        PortalClient.Reply backOnA = browser.via(a.base()).get("/households");
        assertThat(backOnA.status()).as("signed out on B is signed out on A").isEqualTo(302);
        assertThat(backOnA.location()).endsWith("/login");
    }

    @Test
    void staffPostingThroughBothInstancesAtOnceLoseAndDoubleNothing() throws Exception {
        JdbcClient jdbc = db.jdbc();
        List<Long> loans = repaidOneByOne(jdbc);
        assertThat(loans).hasSize(12);
        Latencies latencies = new Latencies();
        Teller.Told told = new Teller.Told();
        int users = 6;
        Teller[] tellers = new Teller[users];
        for (int u = 0; u < users; u++) {
            tellers[u] = new Teller(new PortalClient((u % 2 == 0 ? a : b).base()).login("canbo", "demo"), latencies, told);
        }

        LoadRun.Result run = LoadRun.run(users, Duration.ofSeconds(Long.getLong("vbsp.load.seconds", 15)), u -> n -> {
            long loan = loans.get(ThreadLocalRandom.current().nextInt(loans.size()));
            tellers[u].repayPrincipal(loan, 10_000);
        });

        String first = told.posted.peek();
        assertThat(first).as("a posting told done (refused %d, unanswered %d)", told.refused.size(), told.unanswered.size())
                .isNotNull();
        // the same form sent again through the other instance (a double click): refused as used, nothing posted again
        PortalClient.Reply resent = tellers[1].resendPrincipal(loanOf(jdbc, first), 10_000, first.substring("PAY:".length()));
        assertThat(resent.status()).as("the same form sent again is refused as already used").isEqualTo(409);
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, List.of(first))).as("sent twice, posted once").isEqualTo(1);

        System.out.printf("[two-instances] %d users on 2 instances for %d s: %d postings told done, %d refused, %d unanswered; resent form answered %d%n%s",
                users, run.wall().toSeconds(), told.posted.size(), told.refused.size(), told.unanswered.size(), resent.status(),
                Latencies.table(latencies.figures(run.wall())));
        assertThat(run.errors()).isZero();
        assertThat(told.unanswered).isEmpty();
        assertThat(told.unsent.get()).as("loan pages that could not be opened").isZero();
        assertThat(told.posted).hasSizeGreaterThan(users);
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.posted)).as("every posting told done is in the ledger once")
                .isEqualTo(told.posted.size());
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.refused)).isZero();
        assertThat(LedgerInvariants.broken(jdbc, null)).as("(loan, day) pairs breaking the ledger invariants").isZero();

        String metrics = new PortalClient(b.base()).login("admin", "demo").get("/actuator/prometheus").body();
        assertThat(metrics).contains("vbsp_ledger_postings_total{", "kind=\"PRINCIPAL_REPAYMENT\"", "instance=\"b\"",
                "http_server_requests_seconds_bucket");
    }

    /**
     * Three groups' sheets of a demo commune (not one whose loans the other test repays), each downloaded and filled
     * in once, the same file then uploaded through A and through B at the same instant: each posts once, one upload
     * told it posted, the other that it had already, and the day and the ledger hold its lines once.
     */
    @Test
    void theSameSheetUploadedThroughBothInstancesAtOncePostsOnce() throws Exception {
        JdbcClient jdbc = db.jdbc();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String[]> groups = jdbc.sql("""
                select c.code, g.code from savings_group g join village v on v.id = g.village_id
                join commune c on c.id = v.commune_id
                where c.id not in (select commune_id from loan where id in (:repaid))
                  and exists (select 1 from loan l where l.group_id = g.id and l.status = 'ACTIVE')
                order by c.code desc, g.code limit 3
                """).param("repaid", repaidOneByOne(jdbc)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(groups).hasSize(3);
        Teller.Told told = new Teller.Told();
        Teller onA = new Teller(new PortalClient(a.base()).login("canbo", "demo"), new Latencies(), told);
        Teller onB = new Teller(new PortalClient(b.base()).login("canbo", "demo"), new Latencies(), told);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (String[] group : groups) {
                Teller.Sheet sheet = onA.fillSheet(group[0], today, group[1], "Ngày giao dịch bù");
                assertThat(sheet.lines()).as("%s has lines to pay", sheet).isNotEmpty();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Teller.Answer> throughA = both.submit(() -> {
                    together.await();
                    return onA.postSheet(sheet);
                });
                Future<Teller.Answer> throughB = both.submit(() -> {
                    together.await();
                    return onB.postSheet(sheet);
                });
                assertThat(List.of(throughA.get(), throughB.get())).as("%s uploaded through A and B at once", sheet)
                        .containsExactlyInAnyOrder(Teller.Answer.POSTED, Teller.Answer.ALREADY_POSTED);
            }
        } finally {
            both.shutdown();
        }
        String outcome = SheetLedger.check(jdbc, told.sheets);
        assertThat(LedgerInvariants.broken(jdbc, null)).as("(loan, day) pairs breaking the ledger invariants").isZero();
        System.out.printf("[two-instances] the same sheet file uploaded through A and B at once, three groups: %s%n", outcome);
    }

    /** The loans {@link #staffPostingThroughBothInstancesAtOnceLoseAndDoubleNothing} repays one by one. */
    private static List<Long> repaidOneByOne(JdbcClient jdbc) {
        return jdbc.sql("""
                select l.id from loan l join loan_txn t on t.loan_id = l.id
                where l.status = 'ACTIVE' group by l.id having sum(t.d_outstanding) >= 5000000 order by l.id limit 12
                """).query(Long.class).list();
    }

    private static long loanOf(JdbcClient jdbc, String key) {
        return jdbc.sql("select loan_id from loan_txn where idempotency_key = :k").param("k", key).query(Long.class).single();
    }
}

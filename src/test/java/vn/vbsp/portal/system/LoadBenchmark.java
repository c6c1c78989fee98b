package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vbsp.portal.loan.Lending;
import vn.vbsp.portal.loan.LendingFixtures;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.loanimport.LoanBookFile;
import vn.vbsp.portal.support.FreshDatabase;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.TenTimesBook;
import vn.vbsp.portal.support.load.Latencies;
import vn.vbsp.portal.support.load.LoadRun;
import vn.vbsp.portal.support.load.PostingMix;

/**
 * The portal under many users, over real HTTP on its own PostgreSQL database, on the demo office (1×) and on ten
 * times it (10×): for each key page and action p50, p95 and throughput with {@code vbsp.bench.users} users signed in
 * at once for {@code vbsp.bench.seconds} each; the postings for {@code vbsp.bench.load-seconds} with the ledger checked
 * after (collection sheets among them: downloaded, filled in with what is due, uploaded); the import and the nightly run
 * timed alone; the portfolio report against the same sums run straight in SQL.
 * Run it with {@code bench/run} (or {@code ./mvnw -Pbenchmark verify -Dtest=LoadBenchmark}); the tables go to
 * {@code target/load-benchmark.md}. A new page or action is one more entry in {@link #pages}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"vbsp.demo-data=true",
        "vbsp.report.snapshots.warm-up=false", "logging.level.vn.vbsp.portal=WARN"})
@DirtiesContext
class LoadBenchmark {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int USERS = Integer.getInteger("vbsp.bench.users", 8);
    private static final Duration EACH = Duration.ofSeconds(Long.getLong("vbsp.bench.seconds", 15));
    private static final Duration POSTING = Duration.ofSeconds(Long.getLong("vbsp.bench.load-seconds", 60));
    private static final String SIZES = System.getProperty("vbsp.bench.sizes", "1,10");
    private static final String PORTFOLIO_SQL = """
            with b as (
                select l.id, l.commune_id, l.household_id, sum(t.d_outstanding) o, sum(t.d_overdue) v, sum(t.d_frozen) f
                from loan l join loan_txn t on t.loan_id = l.id
                where t.business_date <= ?
                group by l.id, l.commune_id, l.household_id)
            select c.code, c.name, count(distinct b.household_id), count(*), sum(o), sum(v), sum(f)
            from b join commune c on c.id = b.commune_id
            where o > 0 group by c.code, c.name order by c.code
            """;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbcTemplate;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        FreshDatabase db = FreshDatabase.create("vbsp_load");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }

    @Test
    void keyPagesAndActionsUnderConcurrentUsers() throws Exception {
        line("# Load benchmark %s: %d cores, PostgreSQL %s, %d users, %d s a page, postings %d s", TODAY,
                Runtime.getRuntime().availableProcessors(), jdbcTemplate.queryForObject("show server_version", String.class),
                USERS, EACH.toSeconds(), POSTING.toSeconds());
        boolean scaled = false;
        for (String size : SIZES.split(",")) {
            if (size.strip().equals("10") && !scaled) {
                line("");
                line("Scaled the book to 10x in %d s", TenTimesBook.scale(jdbcTemplate));
                scaled = true;
            }
            measure(size.strip() + "x");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/load-benchmark.md"), report.toString(), StandardCharsets.UTF_8);
        }
    }

    private void measure(String size) throws Exception {
        line("");
        line("## Book %s: %,d loans (%,d active), %,d households, %,d groups, %,d ledger rows; load %s", size,
                count("loan"), jdbcTemplate.queryForObject("select count(*) from loan where status = 'ACTIVE'", Long.class),
                count("household"), count("savings_group"), count("loan_txn"), loadAverage());
        List<Latencies.Figure> figures = new ArrayList<>();
        for (Map.Entry<String, BiConsumer<PortalClient, Integer>> page : pages().entrySet()) {
            figures.addAll(underLoad(page.getKey(), page.getValue()));
        }
        line("");
        line(Latencies.table(figures));
        List<Latencies.Figure> actions = new ArrayList<>(postings());
        actions.add(once("loan-book import, 8,000 loans (1 user)", this::importBook));
        if (Boolean.parseBoolean(System.getProperty("vbsp.bench.nightly", "true"))) {
            actions.add(once("nightly run (1 user)", this::nightlyRun));
        }
        line("");
        line(Latencies.table(actions));
        portfolioAgainstSql();
    }

    /** The pages read under load; each user is signed in once and then asks for the page again and again. */
    private Map<String, BiConsumer<PortalClient, Integer>> pages() {
        List<Long> groups = jdbc.sql("select id from savings_group order by id").query(Long.class).list();
        List<String> names = jdbc.sql("select distinct split_part(head_name, ' ', 3) from household where head_name like '% % %'"
                + " limit 40").query(String.class).list();
        Map<String, BiConsumer<PortalClient, Integer>> pages = new LinkedHashMap<>();
        pages.put("login (form, new session)", (c, n) -> new PortalClient(c.base()).login("canbo", "demo"));
        pages.put("household search", (c, n) -> ok(c.get("/households?q=" + enc(pick(names)))));
        pages.put("a group's page", (c, n) -> ok(c.get("/groups/" + pick(groups))));
        pages.put("portfolio report (by commune, today)", (c, n) -> ok(c.get("/reports/portfolio?by=commune&asOf=" + TODAY)));
        pages.put("overdue report (today)", (c, n) -> ok(c.get("/reports/overdue?asOf=" + TODAY)));
        // the Board's page is the Board's: each user reads it signed in as the demo Board member, their own session
        Map<PortalClient, PortalClient> boardMembers = new java.util.concurrent.ConcurrentHashMap<>();
        pages.put("Board dashboard", (c, n) -> ok(boardMembers.computeIfAbsent(c,
                teller -> new PortalClient(teller.base()).login("bandaidien", "demo")).get("/dashboard")));
        List<String> communes = jdbc.sql("select c.code from commune c join transaction_point p on p.commune_id = c.id"
                + " where c.code ~ '^X[0-9]{2}' order by c.code").query(String.class).list();
        pages.put("a commune day's sheets (day page, today)", (c, n) ->
                ok(c.get("/transaction-days/" + pick(communes) + "/" + TODAY)));
        // posting a sheet is timed with the postings (PostingMix), where it cannot meet a loan repaid at the counter
        return pages;
    }

    private List<Latencies.Figure> underLoad(String name, BiConsumer<PortalClient, Integer> page) throws InterruptedException {
        Latencies latencies = new Latencies();
        List<PortalClient> users = signedIn(USERS);
        // untimed: the first call builds what a page caches (snapshots), and each user's first call signs in what it needs
        for (PortalClient user : users) {
            page.accept(user, 0);
        }
        LoadRun.Result run = LoadRun.run(USERS, EACH, u -> n -> latencies.time(name, () -> {
            page.accept(users.get(u), n);
            return null;
        }));
        assertThat(run.errors()).as(name + ": " + run.firstErrors()).isZero();
        return latencies.figures(run.wall());
    }

    private List<Latencies.Figure> postings() throws InterruptedException {
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HPN", 10);
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 50_000_000_000L);
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            approved.add(lending.approved(office, fixtures.member(office, "NGHEO"), "HN", 20_000_000, 36, 12, TODAY.minusDays(4)));
        }
        // every other demo commune (at 10x: of the copies, the demo's own having posted today) has today's sheets
        // posted, one group's lines at a time; the loans repaid one by one are of the other communes
        List<String> fresh = jdbc.sql("""
                select c.code from commune c join transaction_point p on p.commune_id = c.id
                where c.code ~ '^X[0-9]{2}' and not exists (select 1 from transaction_day d join collection_posting cp
                    on cp.transaction_day_id = d.id where d.point_id = p.id and d.held_on = :today)
                  -- nor a 10x copy of a commune posted at 1x: the copy's ledger holds today's payments already
                  and not exists (select 1 from loan l join loan_txn t on t.loan_id = l.id where l.commune_id = c.id
                    and t.business_date = :today and t.kind in ('PRINCIPAL_REPAYMENT', 'INTEREST_PAYMENT'))
                order by c.code
                """).param("today", TODAY).query(String.class).list();
        List<String> sheetCommunes = java.util.stream.IntStream.range(0, fresh.size()).filter(i -> i % 2 == 0)
                .mapToObj(fresh::get).toList();
        List<PostingMix.SheetSlot> sheets = jdbc.sql("""
                select c.code, coalesce(g.code, '') from loan l join commune c on c.id = l.commune_id
                left join savings_group g on g.id = l.group_id
                where l.status = 'ACTIVE' and c.code in (:communes)
                group by c.code, g.code order by c.code, g.code
                """).param("communes", sheetCommunes.isEmpty() ? List.of("-") : sheetCommunes)
                .query((rs, n) -> new PostingMix.SheetSlot(rs.getString(1), TODAY, rs.getString(2),
                        "Ngày giao dịch bù (đo tải)")).list();
        List<Long> loans = jdbc.sql("""
                select l.id from loan l join loan_txn t on t.loan_id = l.id join commune c on c.id = l.commune_id
                where l.status = 'ACTIVE' and c.code not in (:communes)
                group by l.id having sum(t.d_outstanding) >= 5000000 order by l.id limit 200
                """).param("communes", sheetCommunes.isEmpty() ? List.of("-") : sheetCommunes).query(Long.class).list();
        Latencies latencies = new Latencies();
        PostingMix mix = new PostingMix(loans, approved, sheets, latencies);
        List<PortalClient> users = signedIn(USERS);
        LoadRun.Result run = LoadRun.run(USERS, POSTING, u -> n -> mix.step(mix.teller(users.get(u))));
        String outcome = mix.check(jdbc);
        line("");
        line("Postings: %d users for %d s, %d steps, %d errors, sheets of %d groups in %d communes to post: %s", USERS,
                run.wall().toSeconds(), run.steps(), run.errors(), sheets.size(), sheetCommunes.size(), outcome);
        return latencies.figures(run.wall());
    }

    private void importBook() {
        String tag = LoanBookFile.newTag();
        byte[] file = LoanBookFile.csv(LoanBookFile.generate(tag, 8_000, 14, TODAY.minusDays(1), 2026));
        PortalClient staff = signedIn(1).get(0);
        staff.get("/imports/loan-book");
        assertThat(staff.upload("/imports/loan-book", "so-cho-vay.csv", file, Map.of("asOf", TODAY.minusDays(1).toString()))
                .body()).contains("id=\"import-done\"");
    }

    private void nightlyRun() {
        PortalClient admin = new PortalClient(base()).login("admin", "demo");
        admin.get("/loans/nightly-run");
        assertThat(admin.post("/loans/nightly-run", Map.of("through", TODAY.toString())).status()).isEqualTo(302);
    }

    /** The portfolio page by commune against the same sums straight from the ledger in SQL, one at a time. */
    private void portfolioAgainstSql() {
        Latencies latencies = new Latencies();
        PortalClient board = new PortalClient(base()).login("bandaidien", "demo");
        for (int i = 0; i < 23; i++) {
            String name = i < 3 ? "warm-up" : "portfolio page by commune (1 user)";
            latencies.time(name, () -> ok(board.get("/reports/portfolio?by=commune&asOf=" + TODAY)));
            latencies.time(i < 3 ? "warm-up" : "the same sums in SQL from loan_txn", () ->
                    jdbcTemplate.queryForList(PORTFOLIO_SQL, TODAY));
        }
        List<Latencies.Figure> figures = latencies.figures(Duration.ofSeconds(1)).stream()
                .filter(f -> !f.name().equals("warm-up")).toList();
        line("Portfolio page ÷ SQL (p50): %d ms ÷ %d ms = %.2f", figures.get(0).p50Ms(), figures.get(1).p50Ms(),
                (double) figures.get(0).p50Ms() / Math.max(1, figures.get(1).p50Ms()));
        line("");
    }

    private Latencies.Figure once(String name, Runnable action) {
        long started = System.nanoTime();
        action.run();
        long ms = (System.nanoTime() - started) / 1_000_000;
        return new Latencies.Figure(name, 1, ms, ms, ms, 1000.0 / Math.max(1, ms));
    }

    private List<PortalClient> signedIn(int n) {
        List<PortalClient> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new PortalClient(base()).login("canbo", "demo"));
        }
        return users;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static PortalClient.Reply ok(PortalClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long count(String table) {
        return jdbcTemplate.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[load-benchmark] " + text);
        report.append(text).append(System.lineSeparator());
    }
}

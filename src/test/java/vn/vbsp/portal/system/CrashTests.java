package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loanimport.LoanBookFile;
import vn.vbsp.portal.support.FreshDatabase;
import vn.vbsp.portal.support.LedgerInvariants;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.PortalProcess;
import vn.vbsp.portal.support.load.Latencies;
import vn.vbsp.portal.support.load.PostingMix;
import vn.vbsp.portal.support.load.SheetLedger;
import vn.vbsp.portal.support.load.Teller;

/**
 * The portal killed with SIGKILL ({@code kill -9}) in the middle of work, then started again on the same database:
 * each posting, each collection sheet and the loan-book import are wholly there or not at all, a posting sent again
 * with its token and a sheet file sent again complete once, and a nightly run killed half-way and run again finishes
 * the work once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashTests {

    private static final String PASSWORD = "crash-test-admin";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static FreshDatabase db;
    private static JdbcClient jdbc;
    private static PortalProcess portal;
    private static String tag;

    @BeforeAll
    static void anOfficeWithAnImportedBook() {
        db = FreshDatabase.create("vbsp_crash");
        jdbc = db.jdbc();
        portal = start();
        tag = imported(400, 4, TODAY.minusMonths(4), 7);
    }

    /** A book of about {@code loans} loans over {@code communes} communes imported as of {@code asOf}; its tag. */
    private static String imported(int loans, int communes, LocalDate asOf, long seed) {
        String bookTag = LoanBookFile.newTag();
        byte[] book = LoanBookFile.csv(LoanBookFile.generate(bookTag, loans, communes, asOf, seed));
        PortalClient admin = admin();
        admin.get("/imports/loan-book");
        assertThat(admin.upload("/imports/loan-book", "book-" + bookTag + ".csv", book, Map.of("asOf", asOf.toString()))
                .body()).contains("id=\"import-done\"");
        return bookTag;
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void postingsCutOffByAKillAreWhollyThereOrNotAndARetryCompletesThemOnce() throws Exception {
        // active loans only: a settled one has no repayment form, and a teller finding none stops
        List<Long> loans = jdbc.sql("select id from loan where loan_no like :t and status = 'ACTIVE' order by id limit 40")
                .param("t", tag + "-%").query(Long.class).list();
        Teller.Told told = new Teller.Told();
        List<Teller> tellers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tellers.add(new Teller(admin(), new Latencies(), told));
        }
        List<CompletableFuture<Void>> posting = new ArrayList<>();
        for (Teller teller : tellers) {
            posting.add(CompletableFuture.runAsync(() -> {
                Teller.Answer answer;
                do {
                    answer = teller.repayPrincipal(loans.get(ThreadLocalRandom.current().nextInt(loans.size())), 10_000);
                } while (answer == Teller.Answer.POSTED || answer == Teller.Answer.REFUSED); // until the portal goes away
            }));
        }
        CompletableFuture<Void> allDone = CompletableFuture.allOf(posting.toArray(CompletableFuture[]::new));
        await(() -> told.posted.size() >= 30 || allDone.isDone(), Duration.ofMinutes(3));
        assertThat(told.posted).as("told posted before the kill (refused %d, unanswered %d, form not read %d)",
                told.refused.size(), told.unanswered.size(), told.unsent.get()).hasSizeGreaterThanOrEqualTo(30);
        portal.kill();
        allDone.get();
        portal = start();

        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.posted)).isEqualTo(told.posted.size());
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.refused)).isZero();
        long before = LedgerInvariants.rowsWithKeys(jdbc, told.unanswered);
        assertThat(before).as("a cut-off posting is there once or not at all").isBetween(0L, (long) told.unanswered.size());
        assertThat(audited("LOAN_PRINCIPAL_REPAID")).as("each posting there has its audit entry, written with it")
                .isEqualTo(told.posted.size() + before);

        // The one-time token is used up as the post arrives, so a cut-off posting cannot be sent again with its token:
        // the user looks at the loan first. There: sending the form again posts nothing more (409, token used).
        // Not there: the user fills in the form afresh, with the new token of a new form, and that posting completes once.
        Teller.Told retried = new Teller.Told();
        Teller retry = new Teller(admin(), new Latencies(), retried);
        int resentRefused = 0;
        for (String key : told.unanswered) {
            long loan = told.target.get(key);
            if (LedgerInvariants.rowsWithKeys(jdbc, List.of(key)) == 1) {
                PortalClient.Reply again = retry.resendPrincipal(loan, 10_000, key.substring("PAY:".length()));
                assertThat(again.status()).as("%s, committed before the kill, sent again", key).isEqualTo(409);
                resentRefused++;
            } else {
                assertThat(retry.repayPrincipal(loan, 10_000)).as("%s, lost with the kill, posted again afresh", key)
                        .isEqualTo(Teller.Answer.POSTED);
            }
        }
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.unanswered)).as("a resent form posted nothing more")
                .isEqualTo(before);
        assertThat(retried.posted).hasSize(told.unanswered.size() - (int) before);
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, retried.posted)).as("each posting made afresh is there once")
                .isEqualTo(retried.posted.size());
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.unanswered) + LedgerInvariants.rowsWithKeys(jdbc, retried.posted))
                .as("after the retry, each cut-off posting is there exactly once").isEqualTo(told.unanswered.size());
        assertThat(audited("LOAN_PRINCIPAL_REPAID")).as("and audited once")
                .isEqualTo(told.posted.size() + told.unanswered.size());
        assertThat(LedgerInvariants.broken(jdbc, null)).isZero();
        System.out.printf("[crash] postings: %d told done, %d cut off by kill -9 (%d of them had been committed: resent, %d"
                + " answered 409; %d posted afresh with a new form token); after restart and retry every one is in the"
                + " ledger once; invariants hold%n", told.posted.size(), told.unanswered.size(), before, resentRefused,
                retried.posted.size());
    }

    @Test
    @Order(3)
    void anImportKilledWhileWritingLeavesNothingAndRunsWholeAfterTheRestart() throws Exception {
        String big = LoanBookFile.newTag();
        LocalDate asOf = TODAY.minusDays(1);
        byte[] file = LoanBookFile.csv(LoanBookFile.generate(big, 20_000, 10, asOf, 11));
        PortalClient admin = admin();
        admin.get("/imports/loan-book");
        CompletableFuture<PortalClient.Reply> upload = CompletableFuture.supplyAsync(() ->
                admin.upload("/imports/loan-book", "big.csv", file, Map.of("asOf", asOf.toString())));
        await(() -> writing() || upload.isDone(), Duration.ofMinutes(3));
        assertThat(upload).as("the import was still writing when killed").isNotDone();
        portal.kill();
        assertThat(upload.handle((r, e) -> e)).isNotNull();
        portal = start();

        long loans = importedLoans(big);
        assertThat(loans).as("killed in its transaction, the import left nothing").isZero();
        assertThat(jdbc.sql("select count(*) from commune where code like :t").param("t", big + "%").query(Long.class).single())
                .isZero();
        PortalClient again = admin();
        again.get("/imports/loan-book");
        assertThat(again.upload("/imports/loan-book", "big.csv", file, Map.of("asOf", asOf.toString())).body())
                .contains("id=\"import-done\"");
        assertThat(importedLoans(big)).isEqualTo(20_000);
        System.out.printf("[crash] import of 20,000 loans killed while writing: %d loans left; imported again after the"
                + " restart: %d loans%n", loans, importedLoans(big));
    }

    /**
     * Before the large import. An import brings the book up to the day itself, so first a book is imported whose
     * catch-up is cut off (the test holds a lock on {@code loan_catch_up_run}, so the import's catch-up cannot even
     * record its start, and the portal is killed there): its loans are in, their months not charged. Then the nightly
     * run. It works set-wise in one transaction ({@code BookCatchUp}): it locks the loans, works out every transfer and
     * charge, then writes them all with COPY. To kill it half-way for sure, the test holds a SHARE lock on
     * {@code loan_txn}, so the run, its loans locked and its rows worked out, waits at its first write; then the portal
     * is killed. Killed in its transaction, it must leave none of its rows; run again it posts them all, and a third
     * run posts nothing.
     */
    @Test
    @Order(2)
    void aNightlyRunKilledHalfWayAndRunAgainFinishesTheWorkOnce() throws Exception {
        String late = LoanBookFile.newTag();
        byte[] book = LoanBookFile.csv(LoanBookFile.generate(late, 400, 4, TODAY.minusMonths(4), 13));
        long chargesBefore = charges();
        try (Connection hold = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            hold.setAutoCommit(false);
            try (Statement lock = hold.createStatement()) {
                lock.execute("lock table loan_catch_up_run in share mode");
            }
            PortalClient importer = admin();
            importer.get("/imports/loan-book");
            CompletableFuture<PortalClient.Reply> upload = CompletableFuture.supplyAsync(() ->
                    importer.upload("/imports/loan-book", "late.csv", book, Map.of("asOf", TODAY.minusMonths(4).toString())));
            await(() -> waitingForALock() || upload.isDone(), Duration.ofMinutes(3));
            assertThat(upload).as("the import was waiting to catch up when killed").isNotDone();
            portal.kill();
            hold.rollback();
        }
        await(() -> !openTransaction(), Duration.ofMinutes(1));
        assertThat(importedLoans(late)).as("the late book's loans are in").isEqualTo(400);
        assertThat(charges()).as("but not caught up").isEqualTo(chargesBefore);
        portal = start();

        PortalClient admin = admin();
        admin.get("/loans/nightly-run");
        long runsBefore = runs();
        CompletableFuture<PortalClient.Reply> run;
        try (Connection hold = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            hold.setAutoCommit(false);
            try (Statement lock = hold.createStatement()) {
                lock.execute("lock table loan_txn in share mode");
            }
            run = CompletableFuture.supplyAsync(() -> admin.post("/loans/nightly-run", Map.of("through", TODAY.toString())));
            await(() -> waitingForALock() || run.isDone(), Duration.ofMinutes(3));
            assertThat(run).as("the run was still going when killed").isNotDone();
            assertThat(jdbc.sql("select count(*) from loan_catch_up_run where result = 'RUNNING' and id > :r")
                    .param("r", runsBefore).query(Long.class).single()).as("the run had started").isEqualTo(1);
            portal.kill();
            hold.rollback();
        }
        assertThat(run.handle((r, e) -> e)).as("the killed run never answered").isNotNull();
        await(() -> !openTransaction(), Duration.ofMinutes(1));
        long partial = charges() - chargesBefore;
        assertThat(partial).as("killed in its transaction, the run left none of its rows").isZero();
        portal = start();

        PortalClient next = admin();
        next.get("/loans/nightly-run");
        assertThat(next.post("/loans/nightly-run", Map.of("through", TODAY.toString())).status()).isEqualTo(302);
        long afterRerun = charges();
        assertThat(afterRerun - chargesBefore).as("the re-run posts the charges the killed run did not").isPositive();
        assertThat(jdbc.sql("select charges from loan_catch_up_run where result = 'DONE' and id > :r order by id")
                .param("r", runsBefore).query(Long.class).list()).as("the re-run's record counts what it posted")
                .containsExactly(afterRerun - chargesBefore);
        next.get("/loans/nightly-run");
        assertThat(next.post("/loans/nightly-run", Map.of("through", TODAY.toString())).status()).isEqualTo(302);
        assertThat(charges()).as("a third run finds nothing left to do").isEqualTo(afterRerun);
        assertThat(jdbc.sql("""
                select count(*) from (select loan_id, business_date from loan_txn where kind = 'INTEREST_CHARGE'
                group by loan_id, business_date having count(*) > 1) d
                """).query(Long.class).single()).as("no month charged twice").isZero();
        assertThat(jdbc.sql("""
                select count(distinct t.loan_id) from loan_txn t join loan l on l.id = t.loan_id
                where l.loan_no like :t and t.kind = 'INTEREST_CHARGE'
                """).param("t", late + "-%").query(Long.class).single()).as("the late book's loans charged").isPositive();
        assertThat(LedgerInvariants.broken(jdbc, null)).isZero();
        System.out.printf("[crash] nightly run killed half-way (loans locked, rows worked out, waiting to write): %d"
                + " interest charges left; re-run posted %d; a third run %d%n",
                partial, afterRerun - chargesBefore, charges() - afterRerun);
    }

    /**
     * After the import. Four tellers upload the filled sheets of a book's groups (each group's lines of its commune's
     * make-up day, as due), each teller its own sheets one after another. Once a few have posted, the test holds a
     * SHARE lock on {@code collection_line}: a sheet being posted writes its batch and ledger rows, then waits to
     * write its lines; once three or more uploads are caught so, the portal is killed. After the restart each sheet is
     * there wholly (batch, lines, ledger rows and amounts as the file says) or not at all: those told posted wholly,
     * those caught mid-way not at all. Every file sent again posts once: the ones already there are told so and
     * nothing more is written, the ones lost post whole, and sent a third time post nothing more.
     */
    @Test
    @Order(4)
    void sheetsCutOffByAKillArePostedWhollyOrNotAtAllAndTheSameFileSentAgainPostsOnce() throws Exception {
        String sheetTag = imported(240, 3, TODAY.minusMonths(2), 17);
        java.util.Queue<PostingMix.SheetSlot> slots = new java.util.concurrent.ConcurrentLinkedQueue<>(jdbc.sql("""
                select c.code, coalesce(g.code, '') from loan l join commune c on c.id = l.commune_id
                left join savings_group g on g.id = l.group_id
                where l.loan_no like :t and l.status = 'ACTIVE' group by c.code, g.code order by g.code, c.code
                """).param("t", sheetTag + "-%").query((rs, n) -> new PostingMix.SheetSlot(rs.getString(1), TODAY,
                rs.getString(2), "Ngày giao dịch bù sau mất điện")).list());
        int groups = slots.size();
        long auditedBefore = audited("COLLECTION_POSTED");
        Teller.Told told = new Teller.Told();
        java.util.concurrent.ExecutorService tellers = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> posting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Teller teller = new Teller(admin(), new Latencies(), told);
            posting.add(CompletableFuture.runAsync(() -> {
                for (PostingMix.SheetSlot slot = slots.poll(); slot != null; slot = slots.poll()) {
                    Teller.Answer answer = teller.postSheet(slot.communeCode(), slot.date(), slot.groupCode(), slot.reason());
                    if (answer != Teller.Answer.POSTED && answer != Teller.Answer.REFUSED) {
                        return; // the portal went away
                    }
                }
            }, tellers));
        }
        CompletableFuture<Void> allDone = CompletableFuture.allOf(posting.toArray(CompletableFuture[]::new));
        await(() -> sheetsTold(told, Teller.Answer.POSTED) >= 3 || allDone.isDone(), Duration.ofMinutes(3));
        long caught;
        try (Connection hold = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            hold.setAutoCommit(false);
            try (Statement lock = hold.createStatement()) {
                lock.execute("lock table collection_line in share mode");
            }
            await(() -> lineWriters() >= 3 || allDone.isDone(), Duration.ofMinutes(3));
            // the uploads caught and those of them that had written ledger rows, from one look at the locks (a
            // fourth upload may join the waiting ones between two looks)
            record Caught(long writers, long withLedgerRows) {
            }
            Caught seen = jdbc.sql("""
                    with l as materialized (select pid, relation, mode, granted from pg_locks),
                    writers as (select distinct pid from l where not granted and relation = 'collection_line'::regclass)
                    select (select count(*) from writers) as writers,
                           (select count(*) from writers w where exists (
                               select 1 from l where l.pid = w.pid and l.granted
                                 and l.relation = 'loan_txn'::regclass and l.mode = 'RowExclusiveLock')) as with_ledger_rows
                    """).query(Caught.class).single();
            caught = seen.writers();
            assertThat(allDone).as("the tellers were still posting sheets when killed").isNotDone();
            assertThat(seen.withLedgerRows()).as("the uploads caught had written their ledger rows").isEqualTo(caught);
            portal.kill();
            hold.rollback();
        }
        allDone.get();
        tellers.shutdown();
        await(() -> !openTransaction(), Duration.ofMinutes(1));
        portal = start();

        Map<String, List<Teller.SheetAnswer>> sent = SheetLedger.byFile(told.sheets);
        assertThat(told.sheets).extracting(Teller.SheetAnswer::answer).as("filled in as due, no sheet is refused")
                .doesNotContain(Teller.Answer.REFUSED, Teller.Answer.ALREADY_POSTED);
        int whole = 0;
        int lost = 0;
        for (List<Teller.SheetAnswer> uploads : sent.values()) {
            Teller.SheetAnswer upload = uploads.get(0);
            SheetLedger.Held held = SheetLedger.held(jdbc, upload.sheet());
            if (upload.answer() == Teller.Answer.POSTED) {
                assertThat(held).as("%s, told posted, is there whole", upload.sheet()).isEqualTo(SheetLedger.whole(upload.sheet()));
            } else {
                assertThat(held).as("%s, cut off, is there wholly or not at all", upload.sheet())
                        .isIn(SheetLedger.whole(upload.sheet()), SheetLedger.NOTHING);
            }
            if (held.equals(SheetLedger.NOTHING)) {
                lost++;
            } else {
                whole++;
            }
        }
        assertThat(lost).as("the %d sheets caught writing left nothing", caught).isGreaterThanOrEqualTo((int) caught);
        assertThat(audited("COLLECTION_POSTED") - auditedBefore).as("each sheet there has its audit entry, written with it")
                .isEqualTo(whole);

        // Sent again after the restart, as a teller unsure of what became of the upload would: each file posts once.
        Teller.Told again = new Teller.Told();
        Teller retry = new Teller(admin(), new Latencies(), again);
        int toldThere = 0;
        for (List<Teller.SheetAnswer> uploads : sent.values()) {
            Teller.Sheet sheet = uploads.get(0).sheet();
            boolean there = SheetLedger.held(jdbc, sheet).equals(SheetLedger.whole(sheet));
            toldThere += there ? 1 : 0;
            assertThat(retry.postSheet(sheet)).as("%s sent again", sheet)
                    .isEqualTo(there ? Teller.Answer.ALREADY_POSTED : Teller.Answer.POSTED);
            if (!there) {
                assertThat(retry.postSheet(sheet)).as("%s sent a third time", sheet).isEqualTo(Teller.Answer.ALREADY_POSTED);
            }
            assertThat(SheetLedger.held(jdbc, sheet)).as("%s, sent again, is there once", sheet)
                    .isEqualTo(SheetLedger.whole(sheet));
        }
        assertThat(audited("COLLECTION_POSTED") - auditedBefore).as("audited once a sheet").isEqualTo(sent.size());
        assertThat(LedgerInvariants.broken(jdbc, null)).isZero();
        System.out.printf("[crash] sheets: %d groups' sheets to post, %d uploaded by 4 tellers, %d told posted; %d uploads"
                + " caught writing (lines held back by a lock) when killed; after the restart %d sheets whole, %d not there"
                + " at all; every file sent again: %d told already posted (nothing more written), %d posted whole, and"
                + " sent a third time nothing more; each sheet once in the ledger; invariants hold%n",
                groups, sent.size(), sheetsTold(told, Teller.Answer.POSTED), caught, whole, lost, toldThere,
                sent.size() - toldThere);
    }

    private static long sheetsTold(Teller.Told told, Teller.Answer answer) {
        return told.sheets.stream().filter(a -> a.answer() == answer).count();
    }

    /** A backend of the portal's waits for a lock the test holds. */
    private static boolean waitingForALock() {
        return lockWaiters() > 0;
    }

    /**
     * Sheets waiting to write their lines behind the test's lock, counted by the lock they wait for rather than by any
     * wait: a teller queued behind one of them (for the same day's row, say) has written nothing yet.
     */
    private static long lineWriters() {
        return jdbc.sql("""
                select count(distinct pid) from pg_locks where not granted and relation = 'collection_line'::regclass
                """).query(Long.class).single();
    }

    private static long lockWaiters() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity where datname = :d and wait_event_type = 'Lock'
                """).param("d", db.name()).query(Long.class).single();
    }

    /** Some other backend still has a transaction open (the killed portal's, until the database notices). */
    private static boolean openTransaction() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity where datname = :d and xact_start is not null
                  and pid <> pg_backend_pid() and query not ilike '%pg_stat_activity%'
                """).param("d", db.name()).query(Long.class).single() > 0;
    }

    private static long runs() {
        return jdbc.sql("select coalesce(max(id), 0) from loan_catch_up_run").query(Long.class).single();
    }

    private static boolean writing() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity where datname = :d and backend_xid is not null
                  and now() - xact_start > interval '300 milliseconds' and query not ilike '%spring_session%'
                """)
                .param("d", db.name()).query(Long.class).single() > 0;
    }

    private static long importedLoans(String loanTag) {
        return jdbc.sql("select count(*) from loan where loan_no like :t").param("t", loanTag + "-%").query(Long.class).single();
    }

    private static long charges() {
        return jdbc.sql("select count(*) from loan_txn where kind = 'INTEREST_CHARGE'").query(Long.class).single();
    }

    private static long audited(String action) {
        return jdbc.sql("select count(*) from audit_log where action = :a").param("a", action).query(Long.class).single();
    }

    private static PortalProcess start() {
        // four tellers' sheets in the database at once whatever the processors (the kill must catch three writing)
        return PortalProcess.start("crash", db, Map.of("VBSP_ADMIN_PASSWORD", PASSWORD,
                "VBSP_COLLECTION_POSTINGS_AT_ONCE", "4"));
    }

    private static PortalClient admin() {
        return new PortalClient(portal.base()).login("admin", PASSWORD);
    }

    /** Waits for what the test watches (the database, a reply), looking again every few milliseconds. */
    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

package vn.vbsp.portal.support.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.LedgerInvariants;

/**
 * What a crowd of tellers posts at once: mostly principal repayments, some interest payments, disbursements of
 * approved applications, and collection sheets brought back filled in; two tellers often reach for the same
 * application (one is told it is done, the other that it no longer can be) and upload the same sheet file (one is
 * told it posted, the other that it had already). Afterwards {@link #check} compares what every teller was told with
 * what the ledger holds.
 *
 * <p>The loans repaid one by one and the sheets' communes must be apart: a sheet filled in with what is due is rightly
 * refused when a loan on it was paid that day at the counter. {@link #check} holds the caller to it.
 */
public final class PostingMix {

    /**
     * One sheet to post: the lines of group {@code groupCode} ({@code ""}: the direct loans) on the commune's day,
     * with the make-up day's reason (null on the point's fixed day).
     */
    public record SheetSlot(String communeCode, LocalDate date, String groupCode, String reason) {
    }

    private final List<Long> loans;
    private final List<Long> applications;
    private final List<SheetSlot> sheets;
    private final Teller.Told told = new Teller.Told();
    private final Latencies latencies;
    private final AtomicInteger disbursements = new AtomicInteger();
    private final AtomicInteger sheetAttempts = new AtomicInteger();
    private final AtomicInteger nothingDue = new AtomicInteger();
    /** Each slot's file, filled in by the first teller to reach it; the second uploads the same file. */
    private final Map<Integer, CompletableFuture<Teller.Sheet>> files = new ConcurrentHashMap<>();

    /** {@code loans} are repaid one by one; none of them may be on a sheet of {@code sheets}. */
    public PostingMix(List<Long> loans, List<Long> applications, List<SheetSlot> sheets, Latencies latencies) {
        this.loans = loans;
        this.applications = applications;
        this.sheets = sheets;
        this.latencies = latencies;
    }

    public Teller.Told told() {
        return told;
    }

    public Teller teller(vn.vbsp.portal.support.PortalClient signedIn) {
        return new Teller(signedIn, latencies, told);
    }

    /**
     * One thing a teller does: disburse (one step in ten, while approved applications last), post a sheet (one in
     * ten, while sheets last), interest (two in ten), or principal.
     */
    public void step(Teller teller) {
        ThreadLocalRandom dice = ThreadLocalRandom.current();
        int roll = dice.nextInt(10);
        int attempt = roll == 0 ? disbursements.getAndIncrement() : roll == 1 ? sheetAttempts.getAndIncrement() : 0;
        if (roll == 0 && attempt / 2 < applications.size()) {
            // each application is reached for by two disbursement steps in a row, most often of two tellers at once
            teller.disburse(applications.get(attempt / 2));
        } else if (roll == 1 && attempt / 2 < sheets.size() && postSheet(teller, attempt / 2)) {
            // so is each sheet: the second upload sends the very file the first teller filled in
            return;
        } else if (roll <= 3) {
            teller.payInterest(loans.get(dice.nextInt(loans.size())), 1_000);
        } else {
            teller.repayPrincipal(loans.get(dice.nextInt(loans.size())), 10_000);
        }
    }

    /** False when the group owes nothing that day: no teller uploads an empty sheet, this one does something else. */
    private boolean postSheet(Teller teller, int slot) {
        CompletableFuture<Teller.Sheet> mine = new CompletableFuture<>();
        CompletableFuture<Teller.Sheet> file = files.putIfAbsent(slot, mine);
        if (file == null) {
            file = mine;
            SheetSlot sheet = sheets.get(slot);
            try {
                mine.complete(teller.fillSheet(sheet.communeCode(), sheet.date(), sheet.groupCode(), sheet.reason()));
            } catch (RuntimeException broken) {
                mine.completeExceptionally(broken);
            }
        }
        Teller.Sheet filled;
        try {
            filled = file.join();
        } catch (CompletionException broken) {
            told.unsent.incrementAndGet();
            return true;
        }
        if (filled.lines().isEmpty()) {
            nothingDue.incrementAndGet();
            return false;
        }
        teller.postSheet(filled);
        return true;
    }

    /**
     * Nothing lost, nothing doubled, every invariant held on every loan posted to and every day; says what was
     * counted. (Tests check the whole book as well; the benchmark's 10x copy leaves out reversals, so there only the
     * loans posted to are checked.)
     */
    public String check(JdbcClient jdbc) {
        assertThat(told.unanswered).as("postings without an answer").isEmpty();
        assertThat(told.unsent.get()).as("pages with a form that could not be opened").isZero();
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.posted)).as("each posting told done is in the ledger once")
                .isEqualTo(told.posted.size());
        assertThat(LedgerInvariants.rowsWithKeys(jdbc, told.refused)).as("no posting told refused is in the ledger").isZero();
        for (long application : applications) {
            assertThat(jdbc.sql("""
                    select count(*) from loan_txn t join loan l on l.id = t.loan_id
                    where l.application_id = :a and t.kind = 'DISBURSEMENT'
                    """).param("a", application).query(Long.class).single()).as("application %d disbursed at most once", application)
                    .isLessThanOrEqualTo(1);
        }
        String sheetsTold = SheetLedger.check(jdbc, told.sheets);
        List<String> onSheets = told.sheets.stream().flatMap(a -> a.sheet().lines().keySet().stream()).distinct().toList();
        List<Long> sheetLoans = onSheets.isEmpty() ? List.of() : jdbc.sql("select id from loan where loan_no in (:nos)")
                .param("nos", onSheets).query(Long.class).list();
        assertThat(sheetLoans).as("loans on the sheets are not also repaid one by one").doesNotContainAnyElementsOf(loans);
        List<Long> touched = new java.util.ArrayList<>(loans);
        touched.addAll(sheetLoans);
        touched.addAll(jdbc.sql("select id from loan where application_id in (:a)").param("a", applications.isEmpty()
                ? List.of(-1L) : applications).query(Long.class).list());
        for (long loan : touched) {
            assertThat(LedgerInvariants.broken(jdbc, loan)).as("days on which loan %d breaks the ledger invariants", loan)
                    .isZero();
        }
        long disbursed = told.posted.stream().filter(k -> k.startsWith("DISB:")).count();
        return String.format("%d postings told done (%d disbursements), %d refused (+%d disbursements whose form was gone),"
                + " 0 unanswered; each posted with the token read from its form; ledger holds each done"
                + " posting once and no refused one; %s (+%d sheet steps found the group owing nothing and did"
                + " something else); invariants hold on each of the %d loans posted to, every day",
                told.posted.size(), disbursed, told.refused.size(), told.formGone.get(), sheetsTold, nothingDue.get(),
                touched.size());
    }
}

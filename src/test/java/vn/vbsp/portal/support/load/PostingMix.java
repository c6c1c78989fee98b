package vn.vbsp.portal.support.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.LedgerInvariants;

/**
 * What a crowd of tellers posts at once: mostly principal repayments, some interest payments, and disbursements of
 * approved applications, two tellers often reaching for the same one (one is told it is done, the other that it no
 * longer can be). Afterwards {@link #check} compares what every teller was told with what the ledger holds.
 * (A "post a sheet" step joins here once the transaction-day module is in.)
 */
public final class PostingMix {

    private final List<Long> loans;
    private final List<Long> applications;
    private final Teller.Told told = new Teller.Told();
    private final Latencies latencies;
    private final java.util.concurrent.atomic.AtomicInteger disbursements = new java.util.concurrent.atomic.AtomicInteger();

    public PostingMix(List<Long> loans, List<Long> applications, Latencies latencies) {
        this.loans = loans;
        this.applications = applications;
        this.latencies = latencies;
    }

    public Teller.Told told() {
        return told;
    }

    public Teller teller(vn.vbsp.portal.support.PortalClient signedIn) {
        return new Teller(signedIn, latencies, told);
    }

    /** One thing a teller does: disburse (one step in ten, while approved applications last), interest, or principal. */
    public void step(Teller teller) {
        ThreadLocalRandom dice = ThreadLocalRandom.current();
        int roll = dice.nextInt(10);
        int attempt = roll == 0 ? disbursements.getAndIncrement() : 0;
        if (roll == 0 && attempt / 2 < applications.size()) {
            // each application is reached for by two disbursement steps in a row, most often of two tellers at once
            teller.disburse(applications.get(attempt / 2));
        } else if (roll <= 2) {
            teller.payInterest(loans.get(dice.nextInt(loans.size())), 1_000);
        } else {
            teller.repayPrincipal(loans.get(dice.nextInt(loans.size())), 10_000);
        }
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
        List<Long> touched = new java.util.ArrayList<>(loans);
        touched.addAll(jdbc.sql("select id from loan where application_id in (:a)").param("a", applications.isEmpty()
                ? List.of(-1L) : applications).query(Long.class).list());
        for (long loan : touched) {
            assertThat(LedgerInvariants.broken(jdbc, loan)).as("days on which loan %d breaks the ledger invariants", loan)
                    .isZero();
        }
        long disbursed = told.posted.stream().filter(k -> k.startsWith("DISB:")).count();
        return String.format("%d postings told done (%d disbursements), %d refused (+%d disbursements whose form was gone),"
                + " 0 unanswered; each posted with the token read from its form; ledger holds each done"
                + " posting once and no refused one; invariants hold on each of the %d loans posted to, every day",
                told.posted.size(), disbursed, told.refused.size(), told.formGone.get(), touched.size());
    }
}

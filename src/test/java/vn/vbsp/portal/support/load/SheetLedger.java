package vn.vbsp.portal.support.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the day and the ledger hold of a filled sheet's lines, to set against what the tellers who uploaded it were
 * told: wholly posted (one batch under the file's source, one posted line per loan, one ledger row per amount paid,
 * the amounts the file says) or not at all.
 */
public final class SheetLedger {

    /**
     * {@code batches}: postings recorded under the file's source; {@code lines}: the day's posted lines of the sheet's
     * loans; {@code rows}: the ledger rows that collection postings made on those loans that day, and their sums.
     */
    public record Held(long batches, long lines, long rows, long interest, long principal) {
    }

    public static final Held NOTHING = new Held(0, 0, 0, 0, 0);

    private SheetLedger() {
    }

    /** What the sheet holds when wholly posted once. */
    public static Held whole(Teller.Sheet sheet) {
        Collection<Teller.Paid> paid = sheet.lines().values();
        return new Held(1, paid.size(), paid.stream().mapToLong(p -> (p.interest() > 0 ? 1 : 0) + (p.principal() > 0 ? 1 : 0)).sum(),
                paid.stream().mapToLong(Teller.Paid::interest).sum(), paid.stream().mapToLong(Teller.Paid::principal).sum());
    }

    /** What the day and the ledger hold of the sheet now. */
    public static Held held(JdbcClient jdbc, Teller.Sheet sheet) {
        List<String> loanNos = sheet.lines().isEmpty() ? List.of("-") : List.copyOf(sheet.lines().keySet());
        return jdbc.sql("""
                with d as (select td.id from transaction_day td join transaction_point p on p.id = td.point_id
                           join commune c on c.id = p.commune_id where c.code = :c and td.held_on = :d),
                     l as (select id from loan where loan_no in (:nos)),
                     t as (select kind, amount from loan_txn where loan_id in (select id from l) and business_date = :d
                           and idempotency_key ~ '^COL[IP]:CP[0-9]+:')
                select (select count(*) from collection_posting where transaction_day_id in (select id from d)
                            and source = :s) as batches,
                       (select count(*) from collection_line where transaction_day_id in (select id from d)
                            and loan_id in (select id from l) and reversed_at is null) as lines,
                       (select count(*) from t) as rows,
                       (select coalesce(sum(amount), 0) from t where kind = 'INTEREST_PAYMENT') as interest,
                       (select coalesce(sum(amount), 0) from t where kind = 'PRINCIPAL_REPAYMENT') as principal
                """).param("c", sheet.communeCode()).param("d", sheet.date()).param("nos", loanNos)
                .param("s", sheet.source()).query(Held.class).single();
    }

    /** The uploads by file (by the batch the portal names it with), in the order first sent. */
    public static Map<String, List<Teller.SheetAnswer>> byFile(Collection<Teller.SheetAnswer> answers) {
        Map<String, List<Teller.SheetAnswer>> files = new LinkedHashMap<>();
        answers.forEach(a -> files.computeIfAbsent(a.sheet().source(), s -> new ArrayList<>()).add(a));
        return files;
    }

    /**
     * Every upload was answered; of each file at most one upload was told posted, with every line it pays, and
     * then the day and the ledger hold it whole once (any other upload of it told it had already posted); a file
     * only ever refused holds nothing. Says what was counted.
     */
    public static String check(JdbcClient jdbc, Collection<Teller.SheetAnswer> answers) {
        int posted = 0;
        int lines = 0;
        int again = 0;
        int refused = 0;
        for (List<Teller.SheetAnswer> uploads : byFile(answers).values()) {
            Teller.Sheet sheet = uploads.get(0).sheet();
            List<Teller.Answer> told = uploads.stream().map(Teller.SheetAnswer::answer).toList();
            assertThat(told).as("uploads of %s answered", sheet).doesNotContain(Teller.Answer.UNANSWERED);
            List<Teller.SheetAnswer> done = uploads.stream().filter(a -> a.answer() == Teller.Answer.POSTED).toList();
            assertThat(done).as("uploads of %s told posted (%s)", sheet, told).hasSizeLessThanOrEqualTo(1);
            if (told.contains(Teller.Answer.ALREADY_POSTED)) {
                assertThat(done).as("%s told already posted: one upload of it was told posted", sheet).hasSize(1);
            }
            if (done.isEmpty()) {
                assertThat(held(jdbc, sheet)).as("%s, told refused, holds nothing", sheet).isEqualTo(NOTHING);
                refused++;
            } else {
                assertThat(done.get(0).linesPosted()).as("lines %s was told posted", sheet).isEqualTo(sheet.lines().size());
                assertThat(held(jdbc, sheet)).as("%s, told posted, is held whole once", sheet).isEqualTo(whole(sheet));
                posted++;
                lines += sheet.lines().size();
                again += (int) told.stream().filter(a -> a == Teller.Answer.ALREADY_POSTED).count();
            }
        }
        return String.format("%d sheets told posted (%d lines, each in the ledger once), %d uploads of them told already"
                + " posted (nothing more written), %d sheets refused (nothing written)", posted, lines, again, refused);
    }
}

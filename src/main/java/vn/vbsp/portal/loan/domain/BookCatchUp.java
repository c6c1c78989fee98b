package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.CatchUpRun;
import vn.vbsp.portal.loan.InterestCalculator;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.CopyRows;
import vn.vbsp.portal.shared.RateTable;

/**
 * Brings the whole loan book (or a set of its loans) up to a day, set-wise: a handful of statements read every active
 * loan's facts, balances since its last charge and schedule; {@link CatchUpWalk} works out each loan's transfers and
 * charges in memory with the ledger's rules; the rows go in with COPY. The loans are locked for the transaction, so no
 * posting slips in between; each row carries its idempotency key and its amount comes from the ledger as it stands,
 * so a second run posts nothing. Every run is recorded ({@code loan_catch_up_run}) and audited as one entry.
 */
@Component
class BookCatchUp {

    private static final Logger log = LoggerFactory.getLogger(BookCatchUp.class);
    private static final int COPY_BATCH = 50_000;
    private static final long ONE_AT_A_TIME = 60621;

    /** What a catch-up posted, before it is recorded as a run. */
    record Posted(int loans, int transfers, int charges, long transferred, long charged) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;
    private final Ledger ledger;
    private final TransactionTemplate transactions;

    BookCatchUp(JdbcClient jdbc, DataSource dataSource, ProgrammeCatalogue catalogue, AuditTrail audit, Ledger ledger,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.audit = audit;
        this.ledger = ledger;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A recorded run over every active loan (or {@code onlyLoans}): its own transaction, then its record. */
    CatchUpRun run(String reason, LocalDate through, Collection<Long> onlyLoans, String by) {
        ledger.checkNotFuture(through);
        OffsetDateTime started = ledger.now();
        long id = transactions.execute(status -> jdbc.sql("""
                insert into loan_catch_up_run (reason, through, started_at, result, run_by)
                values (:reason, :through, :started, 'RUNNING', :by) returning id
                """).param("reason", reason).param("through", through).param("started", started).param("by", by)
                .query(Long.class).single());
        try {
            Posted posted = transactions.execute(status -> {
                Posted result = bringUpTo(through, onlyLoans, by);
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("reason", reason);
                before.put("through", through.toString());
                Map<String, Object> after = new LinkedHashMap<>(before);
                after.put("loans", result.loans());
                after.put("transfers", result.transfers());
                after.put("charges", result.charges());
                after.put("transferred", result.transferred());
                after.put("charged", result.charged());
                audit.recordAs(by, "LOAN_BOOK_CAUGHT_UP", "loan_catch_up_run", id, before, after);
                finish(id, result, "DONE", null);
                return result;
            });
            log.info("Loan book caught up through {} ({}): {} loans, {} overdue transfers, {} interest charges",
                    through, reason, posted.loans(), posted.transfers(), posted.charges());
        } catch (RuntimeException e) {
            log.error("Loan book could not be caught up through {} ({}); nothing was posted", through, reason, e);
            String message = String.valueOf(e.getMessage());
            transactions.executeWithoutResult(status -> finish(id, new Posted(0, 0, 0, 0, 0), "FAILED",
                    message.substring(0, Math.min(500, message.length()))));
        }
        return find(id);
    }

    CatchUpRun find(long id) {
        return jdbc.sql("select * from loan_catch_up_run where id = :id").param("id", id).query(CatchUpRun.class).single();
    }

    private void finish(long id, Posted posted, String result, String message) {
        jdbc.sql("""
                update loan_catch_up_run set finished_at = :at, loans = :loans, transfers = :transfers, charges = :charges,
                       transferred = :transferred, charged = :charged, result = :result, message = :message
                where id = :id
                """).param("at", ledger.now()).param("loans", posted.loans()).param("transfers", posted.transfers())
                .param("charges", posted.charges()).param("transferred", posted.transferred())
                .param("charged", posted.charged()).param("result", result).param("message", message)
                .param("id", id).update();
    }

    /** Posts, in the caller's transaction, what fell due up to the end of {@code through}. */
    Posted bringUpTo(LocalDate through, Collection<Long> onlyLoans, String by) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ONE_AT_A_TIME).query().singleRow();
        List<CatchUpWalk.Posting> postings = plan(through, onlyLoans);
        write(postings, by);
        Set<Long> loans = new HashSet<>();
        int transfers = 0;
        long transferred = 0;
        long charged = 0;
        for (CatchUpWalk.Posting p : postings) {
            loans.add(p.loanId());
            if (p.kind() == TxnKind.OVERDUE_TRANSFER) {
                transfers++;
                transferred += p.amount();
            } else {
                charged += p.amount();
            }
        }
        return new Posted(loans.size(), transfers, postings.size() - transfers, transferred, charged);
    }

    /**
     * Posts what fell due up to {@code through} on a few loans the caller has locked (a sheet's), in its transaction,
     * without waiting for a book-wide run; answers the rows, for the caller's audit.
     */
    List<LedgerEntry> bringLockedUpTo(LocalDate through, Collection<Long> loans, String by) {
        List<CatchUpWalk.Posting> postings = plan(through, loans);
        write(postings, by);
        return postings.stream().map(p -> {
            boolean transfer = p.kind() == TxnKind.OVERDUE_TRANSFER;
            return LedgerEntry.of(p.loanId(), p.on(), p.kind(), p.amount())
                    .moves(0, transfer ? p.amount() : 0, 0, transfer ? 0 : p.amount()).instalment(p.instalmentId())
                    .key(p.key());
        }).toList();
    }

    /** What the catch-up would post, read in the caller's transaction (the loans are locked for it). */
    List<CatchUpWalk.Posting> plan(LocalDate through, Collection<Long> onlyLoans) {
        long t0 = System.nanoTime();
        Map<Long, CatchUpWalk.Facts> facts = facts(through, onlyLoans);
        long t1 = System.nanoTime();
        if (facts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CatchUpWalk.Held>> held = new HashMap<>();
        Map<Long, LocalDate[]> dates = held(through, onlyLoans, held);
        long t2 = System.nanoTime();
        Map<Long, List<CatchUpWalk.Due>> schedules = schedules(through, onlyLoans);
        long t3 = System.nanoTime();

        List<CatchUpWalk.Facts> loans = new ArrayList<>(facts.size());
        List<String> maybePosted = new ArrayList<>();
        for (CatchUpWalk.Facts f : facts.values()) {
            LocalDate[] d = dates.get(f.loanId());
            CatchUpWalk.Facts loan = new CatchUpWalk.Facts(f.loanId(), f.principal(), f.disbursedOn(), f.programmeId(),
                    f.pointDay(), d == null ? f.disbursedOn() : d[0], d == null ? f.disbursedOn() : d[1]);
            loans.add(loan);
            maybePosted.addAll(CatchUpWalk.keysOnLatest(loan, schedules.getOrDefault(loan.loanId(), List.of()), through));
        }
        Set<String> posted = new HashSet<>();
        for (int from = 0; from < maybePosted.size(); from += 10_000) {
            posted.addAll(jdbc.sql("select idempotency_key from loan_txn where idempotency_key in (:keys)")
                    .param("keys", maybePosted.subList(from, Math.min(maybePosted.size(), from + 10_000)))
                    .query(String.class).list());
        }

        Map<Integer, RateTable> rates = new HashMap<>();
        Map<Integer, ProgrammeTerms> terms = new HashMap<>();
        List<CatchUpWalk.Posting> out = new ArrayList<>();
        for (CatchUpWalk.Facts loan : loans) {
            ProgrammeTerms programme = terms.computeIfAbsent(loan.programmeId(), id -> catalogue.find(id)
                    .orElseThrow(() -> new IllegalStateException("no programme " + id)));
            RateTable table = rates.computeIfAbsent(loan.programmeId(), id -> catalogue.ratesOf(programme.code()));
            try {
                out.addAll(CatchUpWalk.walk(loan, held.getOrDefault(loan.loanId(), List.of()),
                        schedules.getOrDefault(loan.loanId(), List.of()), through,
                        () -> InterestCalculator.accrual(table, programme.overdueRatePct()), posted));
            } catch (RuntimeException e) {
                // one loan the rules cannot be applied to does not hold the book back; it is left as it was
                log.error("Catch-up through {}: loan {} left as it was", through, loan.loanId(), e);
            }
        }
        log.info("Catch-up plan through {}: {} loans; read loans {} ms, balances {} ms, schedules {} ms, worked out {} ms",
                through, facts.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
        return out;
    }

    private static String candidates(Collection<Long> onlyLoans) {
        return "l.status = 'ACTIVE' and l.disbursed_on <= :through" + (onlyLoans == null ? "" : " and l.id in (:ids)");
    }

    private JdbcClient.StatementSpec with(JdbcClient.StatementSpec spec, LocalDate through, Collection<Long> onlyLoans) {
        spec = spec.param("through", through);
        return onlyLoans == null ? spec : spec.param("ids", List.copyOf(onlyLoans));
    }

    /** The candidate loans, locked for the rest of the transaction. */
    private Map<Long, CatchUpWalk.Facts> facts(LocalDate through, Collection<Long> onlyLoans) {
        Map<Long, CatchUpWalk.Facts> facts = new LinkedHashMap<>();
        with(jdbc.sql("""
                select l.id, l.principal, l.disbursed_on, l.programme_id,
                       (select p.day_of_month from transaction_point p where p.commune_id = l.commune_id
                        order by p.id limit 1) as point_day
                from loan l
                where %s
                order by l.id
                for update of l
                """.formatted(candidates(onlyLoans))), through, onlyLoans)
                .query(rs -> {
                    long id = rs.getLong("id");
                    facts.put(id, new CatchUpWalk.Facts(id, rs.getLong("principal"),
                            rs.getObject("disbursed_on", LocalDate.class), rs.getInt("programme_id"),
                            rs.getObject("point_day", Integer.class), null, null));
                });
        return facts;
    }

    /**
     * Each candidate's balances day by day from the end of its last interest charge on (the rows before it summed
     * into that day), into {@code held}; answers each loan's {latest posting, last charge}.
     */
    private Map<Long, LocalDate[]> held(LocalDate through, Collection<Long> onlyLoans,
            Map<Long, List<CatchUpWalk.Held>> held) {
        Map<Long, LocalDate[]> dates = new HashMap<>();
        long[] sums = new long[3];
        long[] current = {-1};
        with(jdbc.sql("""
                with last_charge as (
                    select t.loan_id, max(t.business_date) as charged
                    from loan_txn t
                    where t.kind = 'INTEREST_CHARGE' and not exists (select 1 from loan_txn r where r.reverses_id = t.id)
                          %s
                    group by t.loan_id
                ), c as materialized (
                    select l.id, coalesce(lc.charged, l.disbursed_on) as charged
                    from loan l left join last_charge lc on lc.loan_id = l.id
                    where %s
                )
                select t.loan_id, c.charged, greatest(t.business_date, c.charged) as day, max(t.business_date) as last_day,
                       sum(t.d_outstanding) as outstanding, sum(t.d_overdue) as overdue, sum(t.d_frozen) as frozen
                from loan_txn t join c on c.id = t.loan_id
                %s
                group by t.loan_id, c.charged, greatest(t.business_date, c.charged)
                order by t.loan_id, day
                """.formatted(onlyLoans == null ? "" : "and t.loan_id in (:ids)", candidates(onlyLoans),
                // named again: the planner cannot see through the materialized c, and would read the whole ledger
                onlyLoans == null ? "" : "where t.loan_id in (:ids)")), through,
                onlyLoans)
                .query(rs -> {
                    long loan = rs.getLong("loan_id");
                    if (loan != current[0]) {
                        current[0] = loan;
                        sums[0] = 0;
                        sums[1] = 0;
                        sums[2] = 0;
                        dates.put(loan, new LocalDate[] {null, rs.getObject("charged", LocalDate.class)});
                    }
                    sums[0] += rs.getLong("outstanding");
                    sums[1] += rs.getLong("overdue");
                    sums[2] += rs.getLong("frozen");
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    LocalDate lastDay = rs.getObject("last_day", LocalDate.class);
                    LocalDate[] d = dates.get(loan);
                    if (d[0] == null || lastDay.isAfter(d[0])) {
                        d[0] = lastDay;
                    }
                    held.computeIfAbsent(loan, k -> new ArrayList<>())
                            .add(new CatchUpWalk.Held(day, sums[0], sums[1], sums[2]));
                });
        return dates;
    }

    private Map<Long, List<CatchUpWalk.Due>> schedules(LocalDate through, Collection<Long> onlyLoans) {
        Map<Long, List<CatchUpWalk.Due>> schedules = new HashMap<>();
        with(jdbc.sql("""
                select i.loan_id, i.id, i.seq, i.due_on, i.principal_due
                from loan_instalment i join loan l on l.id = i.loan_id
                where %s
                order by i.loan_id, i.due_on, i.seq
                """.formatted(candidates(onlyLoans))), through, onlyLoans)
                .query(rs -> {
                    schedules.computeIfAbsent(rs.getLong("loan_id"), k -> new ArrayList<>()).add(new CatchUpWalk.Due(
                            rs.getLong("id"), rs.getInt("seq"), rs.getObject("due_on", LocalDate.class),
                            rs.getLong("principal_due")));
                });
        return schedules;
    }

    private void write(List<CatchUpWalk.Posting> postings, String by) {
        if (postings.isEmpty()) {
            return;
        }
        String at = ledger.now().toString();
        CopyRows rows = null;
        for (CatchUpWalk.Posting p : postings) {
            if (rows == null) {
                rows = Ledger.copyRows();
            }
            boolean transfer = p.kind() == TxnKind.OVERDUE_TRANSFER;
            rows.add(p.loanId()).add(p.on()).add(p.kind().name()).add(p.amount()).add(0L)
                    .add(transfer ? p.amount() : 0L).add(0L).add(transfer ? 0L : p.amount()).add(p.instalmentId())
                    .add(transfer ? "Chuyển nợ quá hạn kỳ " + p.seq() : null).add(p.key()).add(by).add(at);
            rows.end();
            if (rows.rows() >= COPY_BATCH) {
                rows.send(dataSource);
                rows = null;
            }
        }
        if (rows != null) {
            rows.send(dataSource);
        }
    }
}

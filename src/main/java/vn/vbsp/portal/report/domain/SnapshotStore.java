package vn.vbsp.portal.report.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Month-end balance snapshots (table {@code report_balance_snapshot}, see V060). A snapshot is built only from the
 * ledger: the latest valid snapshot before it plus the ledger rows in between. A trigger on {@code loan_txn} marks
 * every snapshot on or after a newly inserted row's business date invalid, so a valid snapshot always equals the
 * sum of the ledger up to its day. Reports use the latest valid snapshot on or before their date and add the
 * ledger rows after it.
 */
@Service
public class SnapshotStore {

    /** The advisory lock key the trigger holds shared while a transaction posts into the past. */
    static final long LOCK = 60601;

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final boolean enabled;

    SnapshotStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${vbsp.report.snapshots:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.enabled = enabled;
    }

    /**
     * The month-end whose snapshot serves a report for {@code date}: the date itself when it ends a month, otherwise
     * the end of the month before; always before {@code today}, whose postings are still coming in.
     */
    public static LocalDate monthEndFor(LocalDate date, LocalDate today) {
        LocalDate end = YearMonth.from(date).atEndOfMonth().equals(date) ? date : YearMonth.from(date).minusMonths(1).atEndOfMonth();
        while (!end.isBefore(today)) {
            end = YearMonth.from(end).minusMonths(1).atEndOfMonth();
        }
        return end;
    }

    /**
     * Builds the month-end snapshots that reports for these dates read, oldest first so that each builds on the one
     * before. Call it outside the reading transaction. It never waits: while a transaction posting into the past is
     * open, nothing is built and reports read an older snapshot or the ledger.
     */
    public void prepare(Collection<LocalDate> dates) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        TreeSet<LocalDate> monthEnds = new TreeSet<>();
        dates.forEach(d -> monthEnds.add(monthEndFor(d, today)));
        for (LocalDate monthEnd : monthEnds) {
            build(monthEnd);
        }
    }

    /** The latest valid snapshot on or before {@code date}, or null: call it inside the reading transaction. */
    public LocalDate usableFor(LocalDate date) {
        if (!enabled) {
            return null;
        }
        return jdbc.queryForObject("select max(as_of) from report_snapshot where valid and as_of <= ?", LocalDate.class, date);
    }

    /** Builds the snapshot at the end of {@code monthEnd} unless a valid one exists; false when it could not now. */
    public boolean build(LocalDate monthEnd) {
        Boolean built = ownTransaction.execute(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from report_snapshot where as_of = ? and valid)", Boolean.class, monthEnd))) {
                return true;
            }
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                log.debug("Snapshot {} not built now: a posting into the past is in progress", monthEnd);
                return false;
            }
            long started = System.nanoTime();
            LocalDate base = jdbc.queryForObject("select max(as_of) from report_snapshot where valid and as_of < ?",
                    LocalDate.class, monthEnd);
            jdbc.update("""
                    insert into report_snapshot (as_of, valid, loans, built_at) values (?, false, 0, now())
                    on conflict (as_of) do update set valid = false, loans = 0, built_at = now()""", monthEnd);
            jdbc.update("delete from report_balance_snapshot where as_of = ?", monthEnd);
            int loans = jdbc.update("with " + BalanceSql.cte(base, monthEnd) + """
                     insert into report_balance_snapshot (as_of, loan_id, outstanding, overdue, frozen, interest)
                     select %s, loan_id, outstanding, overdue, frozen, interest from balance
                    """.formatted(BalanceSql.literal(monthEnd)));
            int millis = (int) ((System.nanoTime() - started) / 1_000_000);
            jdbc.update("update report_snapshot set valid = true, loans = ?, build_ms = ? where as_of = ?", loans, millis, monthEnd);
            log.info("Report snapshot {} built from {} in {} ms: {} loans", monthEnd, base == null ? "the ledger" : base,
                    millis, loans);
            return true;
        });
        return Boolean.TRUE.equals(built);
    }
}

package vn.vbsp.portal.report.domain;

import vn.vbsp.portal.loan.LedgerSql;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
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
 * Balance snapshots (table {@code report_balance_snapshot}, see V060): at month-ends, kept as anchors, and at the days
 * reports are asked for (a past day itself, yesterday for today), of which the latest {@value #DAYS_KEPT} built in the
 * last day and a half are kept. A snapshot is built only from the ledger: the latest valid snapshot before it plus the
 * ledger rows in between. A trigger on {@code loan_txn} marks every snapshot on or after a newly inserted row's
 * business date invalid, so a valid snapshot always equals the sum of the ledger up to its day. Reports use the latest
 * valid snapshot on or before their date and add the ledger rows after it (none for a past day once its snapshot
 * exists, only today's for today).
 */
@Service
public class SnapshotStore {

    /** The advisory lock key the trigger holds shared while a transaction posts into the past. */
    static final long LOCK = 60601;
    /** Snapshots of days that are not month-ends kept at most. */
    static final int DAYS_KEPT = 30;

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

    /** The day whose snapshot serves a report for {@code date}: the day itself when past, yesterday for today or later. */
    public static LocalDate dayFor(LocalDate date, LocalDate today) {
        return date.isBefore(today) ? date : today.minusDays(1);
    }

    /**
     * Builds the snapshots that reports for these dates read (each date's own day, and the month-end before it as the
     * anchor it is built on), oldest first so that each builds on the one before. Call it outside the reading
     * transaction. It never waits: while a transaction posting into the past is open, nothing is built and reports
     * read an older snapshot or the ledger.
     */
    public void prepare(Collection<LocalDate> dates) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate date : dates) {
            LocalDate day = dayFor(date, today);
            days.add(monthEndFor(day, today));
            days.add(day);
        }
        // one look for those already there; each missing one is built in a transaction of its own
        java.sql.Date[] wanted = days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new);
        List<LocalDate> present = jdbc.query(connection -> {
            var st = connection.prepareStatement("select as_of from report_snapshot where valid and as_of = any(?)");
            st.setArray(1, connection.createArrayOf("date", wanted));
            return st;
        }, (rs, n) -> rs.getObject(1, LocalDate.class));
        days.removeAll(present);
        for (LocalDate day : days) {
            build(day);
        }
    }

    /** The latest valid snapshot on or before {@code date}, or null: call it inside the reading transaction. */
    public LocalDate usableFor(LocalDate date) {
        if (!enabled) {
            return null;
        }
        return jdbc.queryForObject("select max(as_of) from report_snapshot where valid and as_of <= ?", LocalDate.class, date);
    }

    /**
     * What a report of these past days is read from: the version of the names it shows ({@code report_names_version},
     * V130), then each day's own valid snapshot with the moment it was built, oldest first; null when a day has none.
     * Call it inside the reading transaction.
     */
    public List<Object> builtAt(Collection<LocalDate> days) {
        java.sql.Date[] wanted = new TreeSet<>(days).stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new);
        List<Object> built = jdbc.query(connection -> {
            var st = connection.prepareStatement(
                    "select as_of, built_at from report_snapshot where valid and as_of = any(?) order by as_of");
            st.setArray(1, connection.createArrayOf("date", wanted));
            return st;
        }, (rs, n) -> (Object) List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, java.time.OffsetDateTime.class)));
        if (built.size() != wanted.length) {
            return null;
        }
        List<Object> versions = new java.util.ArrayList<>(built);
        versions.add(0, jdbc.queryForObject("select version from report_names_version", Long.class));
        return versions;
    }

    /** Builds the snapshot at the end of {@code day} unless a valid one exists; false when it could not now. */
    public boolean build(LocalDate day) {
        Boolean built = ownTransaction.execute(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from report_snapshot where as_of = ? and valid)", Boolean.class, day))) {
                return true;
            }
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                log.debug("Snapshot {} not built now: a posting into the past is in progress", day);
                return false;
            }
            long started = System.nanoTime();
            LocalDate base = jdbc.queryForObject("select max(as_of) from report_snapshot where valid and as_of < ?",
                    LocalDate.class, day);
            jdbc.update("""
                    insert into report_snapshot (as_of, valid, loans, built_at) values (?, false, 0, now())
                    on conflict (as_of) do update set valid = false, loans = 0, built_at = now()""", day);
            jdbc.update("delete from report_balance_snapshot where as_of = ?", day);
            int loans = jdbc.update("with " + LedgerSql.agedCte(base, day) + """
                     insert into report_balance_snapshot (as_of, loan_id, %2$s, outstanding, overdue, frozen, interest,
                                                          overdue_since, interest_since)
                     select %1$s, loan_id, %2$s, outstanding, overdue, frozen, interest, overdue_since, interest_since from aged
                     where outstanding <> 0 or overdue <> 0 or frozen <> 0 or interest <> 0
                    """.formatted(LedgerSql.literal(day), LedgerSql.KEYS));
            int millis = (int) ((System.nanoTime() - started) / 1_000_000);
            jdbc.update("update report_snapshot set valid = true, loans = ?, build_ms = ? where as_of = ?", loans, millis, day);
            prune(day);
            // the planner needs to know how many rows a snapshot has, or it reads every snapshot to find one
            jdbc.execute("analyze report_balance_snapshot");
            log.info("Report snapshot {} built from {} in {} ms: {} loans", day, base == null ? "the ledger" : base,
                    millis, loans);
            return true;
        });
        return Boolean.TRUE.equals(built);
    }

    /** Drops the snapshots of days that are not month-ends, built over a day and a half ago or beyond the latest kept. */
    private void prune(LocalDate keep) {
        jdbc.update("""
                delete from report_snapshot where as_of <> ?
                  and as_of <> (date_trunc('month', as_of) + interval '1 month - 1 day')::date
                  and (built_at < now() - interval '36 hours'
                       or as_of not in (select as_of from report_snapshot
                                        where as_of <> (date_trunc('month', as_of) + interval '1 month - 1 day')::date
                                        order by built_at desc limit ?))""", keep, DAYS_KEPT);
    }
}

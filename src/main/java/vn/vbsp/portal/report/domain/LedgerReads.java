package vn.vbsp.portal.report.domain;

import vn.vbsp.portal.loan.LedgerSql;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.shared.ReportSource;

/**
 * How a report reads balances: first the month-end snapshots it needs are made sure of (each in its own short
 * transaction), then every query of the report runs in one read-only repeatable-read transaction, so that the
 * snapshot chosen and the ledger rows added to it come from the same moment. A report of closed days only (every
 * date before today) may be read on the reports replica when one is configured and caught up
 * ({@link ReportSource}); today's figures move with every posting and are always read on the primary.
 */
@Component
public class LedgerReads {

    private final SnapshotStore snapshots;
    private final ReportMemo memo;
    private final TransactionTemplate reading;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LedgerReads(SnapshotStore snapshots, ReportMemo memo, PlatformTransactionManager transactions, JdbcTemplate jdbc,
            Clock clock) {
        this.snapshots = snapshots;
        this.memo = memo;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code query} for balances on {@code dates}; inside it, {@link #balanceAt(LocalDate)} gives the SQL. */
    public <T> T read(Collection<LocalDate> dates, Supplier<T> query) {
        return read(null, dates, query);
    }

    /**
     * The same, kept in the {@link ReportMemo} under {@code asked} (which must say everything the query depends on
     * besides the balances, and have a value's equality) when every date is a past day read from its own snapshot.
     */
    public <T> T read(Object asked, Collection<LocalDate> dates, Supplier<T> query) {
        snapshots.prepare(dates);
        LocalDate today = LocalDate.now(clock);
        boolean past = dates.stream().allMatch(d -> d.isBefore(today));
        Supplier<T> read = () -> reading.execute(status -> {
            // plan every statement for its own values: a cached generic plan cannot know how wide a date range is
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
            jdbc.execute("set local work_mem = '32MB'");
            List<Object> built = asked != null && past && memo.enabled() ? snapshots.builtAt(dates) : null;
            return built == null ? query.get() : memo.get(new ReportMemo.Key(asked, built), query);
        });
        return past ? ReportSource.replicaIfFresh(read) : read.get();
    }

    /** The {@code balance} common table expression for the end of {@code asOf}; only inside {@link #read}. */
    public String balanceAt(LocalDate asOf) {
        return LedgerSql.cte(snapshots.usableFor(asOf), asOf);
    }

    /** The {@code balance} and {@code aged} common table expressions for the end of {@code asOf}; only inside {@link #read}. */
    public String agedAt(LocalDate asOf) {
        return LedgerSql.agedCte(snapshots.usableFor(asOf), asOf);
    }
}

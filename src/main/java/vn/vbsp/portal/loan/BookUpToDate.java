package vn.vbsp.portal.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.loan.domain.NightlyRun;

/**
 * Keeps the loan book up to date and says how far it is: every run that brings it up to a day (nightly, at start-up,
 * after missed nights, after an import, by hand) is recorded; the book is caught up through the day of the latest
 * completed whole-book run. At start-up and every hour, a book last caught up before yesterday is brought up to today
 * in the background, without anyone pressing a button.
 */
@Service
public class BookUpToDate {

    /** Who a run done by the portal itself is recorded as. */
    public static final String SYSTEM = "system";

    private final NightlyRun nightly;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean onStart;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "loan-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    BookUpToDate(NightlyRun nightly, JdbcClient jdbc, Clock clock,
            @Value("${vbsp.loan.catch-up.on-start:true}") boolean onStart) {
        this.nightly = nightly;
        this.jdbc = jdbc;
        this.clock = clock;
        this.onStart = onStart;
    }

    /** Brings every active loan up to today now, in the calling thread; {@code reason} as {@link CatchUpRun#reason()}. */
    public CatchUpRun bringUpToDate(String reason, String by) {
        return nightly.book(reason, LocalDate.now(clock), by);
    }

    /** The latest whole-book run, whatever its result. */
    public Optional<CatchUpRun> last() {
        return jdbc.sql("select * from loan_catch_up_run where reason <> 'POSTING' order by id desc limit 1")
                .query(CatchUpRun.class).optional();
    }

    /** The latest whole-book run that completed (the most recent one, whatever day it went up to). */
    public Optional<CatchUpRun> lastCompleted() {
        return jdbc.sql("""
                select * from loan_catch_up_run where result = 'DONE' and reason <> 'POSTING'
                order by id desc limit 1
                """).query(CatchUpRun.class).optional();
    }

    /** The latest whole-book runs, newest first. */
    public java.util.List<CatchUpRun> recent(int count) {
        return jdbc.sql("select * from loan_catch_up_run where reason <> 'POSTING' order by id desc limit :n")
                .param("n", count).query(CatchUpRun.class).list();
    }

    /** The day the book is caught up through, if it ever was. */
    public Optional<LocalDate> caughtUpThrough() {
        return lastCompleted().map(CatchUpRun::through);
    }

    /**
     * True when the figures for {@code day} may lack overdue transfers or interest charges: the book was not brought
     * up to that day (today's run comes in the evening, so for today a book caught up through yesterday is up to
     * date). A book never caught up (no run recorded) counts as up to date only if it has no loans.
     */
    public boolean notCaughtUpFor(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        LocalDate needed = day.isBefore(today) ? day : today.minusDays(1);
        return caughtUpThrough().map(through -> through.isBefore(needed)).orElseGet(this::hasActiveLoans);
    }

    /** Runs a catch-up through today if the last completed run is older than yesterday; answers it, if any. */
    public Optional<CatchUpRun> catchUpIfBehind(String reason) {
        if (!notCaughtUpFor(LocalDate.now(clock).minusDays(1)) || !running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(bringUpToDate(reason, SYSTEM));
        } finally {
            running.set(false);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (onStart) {
            background.submit(() -> catchUpIfBehind("STARTUP"));
        }
    }

    @Scheduled(fixedDelayString = "${vbsp.loan.catch-up.check:PT1H}", initialDelayString = "${vbsp.loan.catch-up.check:PT1H}")
    void everyHour() {
        if (onStart) {
            catchUpIfBehind("MISSED");
        }
    }

    private boolean hasActiveLoans() {
        return jdbc.sql("select exists (select 1 from loan where status = 'ACTIVE')").query(Boolean.class).single();
    }
}

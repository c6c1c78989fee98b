package vn.vbsp.portal.report.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.SingleInstance;

/**
 * Keeps the snapshots the usual reports read ready before anyone asks: yesterday (today's reports read it), the last
 * month-end, the last four quarter-ends and the year-end before, each of them again a year earlier. Once in the background after start-up and every night
 * after midnight (when yesterday's postings are in). A report never depends on it: a missing snapshot is built on
 * first use. Off with {@code vbsp.report.snapshots.warm-up=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "vbsp.report.snapshots.warm-up", matchIfMissing = true)
class SnapshotMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SnapshotMaintenance.class);

    private final SnapshotStore snapshots;
    private final Clock clock;
    private final SingleInstance singleInstance;

    SnapshotMaintenance(SnapshotStore snapshots, Clock clock, SingleInstance singleInstance) {
        this.snapshots = snapshots;
        this.clock = clock;
        this.singleInstance = singleInstance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStartUp() {
        Thread thread = new Thread(this::warmUp, "report-snapshots");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Scheduled(cron = "${vbsp.report.snapshots.cron:0 30 0 * * *}", zone = "${vbsp.zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        warmUp();
    }

    /** On one instance at a time: the others would only build the same snapshots again. */
    void warmUp() {
        try {
            singleInstance.run("report.snapshot-warm-up", () -> snapshots.prepare(usualDates(LocalDate.now(clock))));
        } catch (RuntimeException e) {
            log.warn("Report snapshots not prepared; reports will build them when asked", e);
        }
    }

    /** The days the usual reports read: today, last month's end, the last four quarters', last year's, and a year before each. */
    static List<LocalDate> usualDates(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(today);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        dates.add(month.atEndOfMonth());
        YearMonth quarter = month.minusMonths((month.getMonthValue() - 1) % 3).plusMonths(2);
        for (int i = 0; i < 4; i++) {
            YearMonth end = quarter.minusMonths(3L * i);
            if (end.atEndOfMonth().isBefore(today)) {
                dates.add(end.atEndOfMonth());
            }
        }
        dates.add(LocalDate.of(today.getYear() - 1, 12, 31));
        List<LocalDate> withYearBefore = new ArrayList<>(dates);
        dates.forEach(d -> withYearBefore.add(d.minusYears(1)));
        return withYearBefore;
    }
}

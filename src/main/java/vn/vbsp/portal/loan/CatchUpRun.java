package vn.vbsp.portal.loan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One run that brought the loan book up to a day: the nightly run, the catch-up at start-up or after missed nights,
 * the second phase of a loan-book import, or the administrator's button.
 *
 * @param reason    {@code NIGHTLY}, {@code STARTUP}, {@code MISSED}, {@code IMPORT}, {@code MANUAL}
 * @param through   the day the book was brought up to (its end)
 * @param loans     loans that got a posting
 * @param transfers overdue transfers posted
 * @param charges   interest charges posted
 * @param result    {@code RUNNING}, {@code DONE} or {@code FAILED}
 */
public record CatchUpRun(long id, String reason, LocalDate through, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        int loans, int transfers, int charges, long transferred, long charged, String result, String message,
        String runBy) {

    public boolean done() {
        return "DONE".equals(result);
    }

    /** How long it took, or null while it runs. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** The duration in seconds with one decimal, for the page. */
    public String seconds() {
        Duration d = duration();
        return d == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}

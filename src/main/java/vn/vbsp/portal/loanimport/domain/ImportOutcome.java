package vn.vbsp.portal.loanimport.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.loan.CatchUpRun;
import vn.vbsp.portal.shared.MessageKey;

/**
 * How an import ended: written ({@code DONE}), refused whole ({@code REFUSED}: the file could not be read as a loan
 * book), or not written because of wrong rows ({@code WRONG_ROWS}: {@code problems} holds the first
 * {@link Limits#MAX_SHOWN_ERRORS} of {@code wrongRows}). A written import then brings the whole book from its
 * as-of date up to today ({@code caughtUp}, the second phase; null when nothing was written).
 */
public record ImportOutcome(Status status, String fileName, LocalDate asOf, int rowsRead, int repeatedRows,
        int existingLoans, Map<String, Integer> created, int wrongRows, List<Problem> problems, MessageKey refusal, long millis,
        CatchUpRun caughtUp) {

    public enum Status { DONE, WRONG_ROWS, REFUSED }

    static ImportOutcome refused(String fileName, LocalDate asOf, int rowsRead, MessageKey reason, long millis) {
        return new ImportOutcome(Status.REFUSED, fileName, asOf, rowsRead, 0, 0, Map.of(), 0, List.of(), reason, millis, null);
    }

    public boolean done() {
        return status == Status.DONE;
    }

    public boolean refused() {
        return status == Status.REFUSED;
    }

    public boolean wrong() {
        return status == Status.WRONG_ROWS;
    }

    /** Whether any row was written (false for a file whose every loan was already in the book). */
    public boolean wroteAnything() {
        return created.values().stream().anyMatch(n -> n > 0);
    }

    /** Wrong rows beyond those listed. */
    public int wrongRowsNotShown() {
        return Math.max(0, wrongRows - problems.size());
    }
}

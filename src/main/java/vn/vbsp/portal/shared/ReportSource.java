package vn.vbsp.portal.shared;

import java.util.function.Supplier;

/**
 * Marks the reads that may be served by the reports replica ({@code VBSP_REPORTS_DATASOURCE_URL}): a report's
 * read-only transaction started inside {@link #replicaIfFresh} takes its connection from the replica when one is
 * configured and caught up, and from the primary otherwise. Without a replica it changes nothing.
 */
public final class ReportSource {

    private static final ThreadLocal<Boolean> WANTED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ReportSource() {
    }

    /** Runs {@code read} (which starts its own transaction) preferring the replica. */
    public static <T> T replicaIfFresh(Supplier<T> read) {
        boolean before = WANTED.get();
        WANTED.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            WANTED.set(before);
        }
    }

    public static boolean replicaWanted() {
        return WANTED.get();
    }
}

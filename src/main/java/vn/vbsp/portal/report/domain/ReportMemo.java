package vn.vbsp.portal.report.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reports of past days kept in memory, so that the Board's dashboard, its print and PDF, the fee statements and the
 * officer's desk do not add up the same snapshot again for every reader. An entry is keyed by what was asked and by
 * the identity of the snapshots it was read from (their day and the moment each was built): a snapshot is rebuilt
 * whenever a posting reaches back to its day, so a new posting changes the key and the old entry is never read
 * again; a loan whose organisation, commune or programme changes does the same, and a change to the names and codes
 * reports show (organisations, communes, programmes, groups, points) moves {@code report_names_version}, also part of
 * the key. An entry is kept at most {@code vbsp.report.memo.ttl} (an hour by default) and at most
 * {@code vbsp.report.memo.entries} entries are kept, the least recently read going first; 0 turns the memo off. Each
 * portal instance keeps its own: the keys come from the database, so instances never disagree.
 */
@Component
public class ReportMemo {

    /** What a report asked, the names version and the snapshots (day and build time) it was read from. */
    record Key(Object asked, List<Object> snapshots) {
    }

    private record Entry(Object value, Instant readAt) {
    }

    private final int entries;
    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Entry> memo;

    ReportMemo(@Value("${vbsp.report.memo.entries:256}") int entries,
            @Value("${vbsp.report.memo.ttl:PT1H}") Duration ttl, Clock clock) {
        this.entries = entries;
        this.ttl = ttl;
        this.clock = clock;
        this.memo = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > ReportMemo.this.entries;
            }
        };
    }

    boolean enabled() {
        return entries > 0;
    }

    /** The value kept for {@code key}, or {@code read}'s, kept for the next reader. */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> read) {
        Instant now = clock.instant();
        synchronized (memo) {
            Entry kept = memo.get(key);
            if (kept != null && kept.readAt().plus(ttl).isAfter(now)) {
                return (T) kept.value();
            }
        }
        T value = read.get();
        synchronized (memo) {
            memo.put(key, new Entry(value, now));
        }
        return value;
    }
}

package vn.vbsp.portal.support.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Response times by page or action, recorded from many threads; p50 and p95 by nearest rank. */
public final class Latencies {

    /** What one page or action did over a run: how many, p50, p95, slowest, and how many a second. */
    public record Figure(String name, int count, long p50Ms, long p95Ms, long maxMs, double perSecond) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void record(String name, long nanos) {
        times.computeIfAbsent(name, n -> {
            order.add(n);
            return new ConcurrentLinkedQueue<>();
        }).add(nanos);
    }

    /** Times {@code action} under {@code name} and gives back what it returned. */
    public <T> T time(String name, java.util.function.Supplier<T> action) {
        long started = System.nanoTime();
        try {
            return action.get();
        } finally {
            record(name, System.nanoTime() - started);
        }
    }

    /** The figures, throughput counted over {@code wall} (the time the users ran). */
    public List<Figure> figures(Duration wall) {
        List<Figure> figures = new ArrayList<>();
        for (String name : order) {
            long[] ms = times.get(name).stream().mapToLong(n -> n / 1_000_000).sorted().toArray();
            if (ms.length == 0) {
                continue;
            }
            figures.add(new Figure(name, ms.length, rank(ms, 0.50), rank(ms, 0.95), ms[ms.length - 1],
                    ms.length * 1000.0 / Math.max(1, wall.toMillis())));
        }
        return figures;
    }

    private static long rank(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    public static String table(List<Figure> figures) {
        StringBuilder out = new StringBuilder(String.format("| %-44s | %7s | %7s | %7s | %7s | %8s |%n", "page or action", "n",
                "p50 ms", "p95 ms", "max ms", "per s"));
        out.append("|").append("-".repeat(46)).append("|---------|---------|---------|---------|----------|").append(System.lineSeparator());
        for (Figure f : figures) {
            out.append(String.format("| %-44s | %7d | %7d | %7d | %7d | %8.1f |%n", f.name(), f.count(), f.p50Ms(), f.p95Ms(),
                    f.maxMs(), f.perSecond()));
        }
        return out.toString();
    }

}

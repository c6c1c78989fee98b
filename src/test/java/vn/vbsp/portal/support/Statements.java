package vn.vbsp.portal.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a benchmark's database time goes, from {@code pg_stat_statements}: on the embedded PostgreSQL started with
 * {@code -Dvbsp.bench.statements=true}, {@link #reset} before the part measured, {@link #top} after it. Without the
 * switch (or on a server without the extension) both do nothing and {@link #top} says so.
 */
public final class Statements {

    private final JdbcClient jdbc;
    private final boolean on;

    public Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
        boolean available;
        try {
            jdbc.sql("create extension if not exists pg_stat_statements").update();
            jdbc.sql("select count(*) from pg_stat_statements").query(Long.class).single();
            available = true;
        } catch (RuntimeException e) {
            available = false;
        }
        this.on = available;
    }

    /** Whether statement statistics are being kept. */
    public boolean on() {
        return on;
    }

    public void reset() {
        if (on) {
            jdbc.sql("select pg_stat_statements_reset()").query(Object.class).single();
        }
    }

    /** The {@code n} statements (by their text's start) with the most total time since the reset: calls, total and mean ms. */
    public String top(int n) {
        if (!on) {
            return "  (statement statistics: run with -Dvbsp.bench.statements=true)\n";
        }
        record Row(long calls, double total, double mean, double planning, String query) {
        }
        List<Row> rows = jdbc.sql("""
                select sum(calls) as calls, sum(total_exec_time) as total,
                       sum(total_exec_time) / sum(calls) as mean, sum(total_plan_time) as planning, q as query
                from (select calls, total_exec_time, total_plan_time,
                             left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as q
                      from pg_stat_statements where query not like '%pg_stat_statements%') s
                group by q order by sum(total_exec_time) desc limit :n
                """).param("n", n).query(Row.class).list();
        record All(double running, double planning) {
        }
        All all = jdbc.sql("""
                select coalesce(sum(total_exec_time), 0) as running, coalesce(sum(total_plan_time), 0) as planning
                from pg_stat_statements
                """).query(All.class).single();
        StringBuilder out = new StringBuilder(String.format("  database time: %.0f ms running, %.0f ms planning%n",
                all.running(), all.planning()));
        for (Row r : rows) {
            out.append(String.format("  %7d calls %8.1f ms %6.2f ms/call, planning %6.1f ms  %s%n", r.calls(), r.total(),
                    r.mean(), r.planning(),
                    r.query()));
        }
        return out.toString();
    }

    /**
     * The machine's CPU use until {@link Sampling#stop} and, with statement statistics on, what the portal's other
     * connections were doing (running, or waiting and on what): whether a part measured is bound by work or by waiting.
     */
    public Sampling sample() {
        return new Sampling(on ? jdbc : null);
    }

    public static final class Sampling {

        private final Map<String, Integer> seen = new TreeMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private final long[] cpuAtStart = cpu();

        /** {@code jdbc} null: the machine's CPU only, no connection polled (polling costs the CPU measured). */
        Sampling(JdbcClient jdbc) {
            thread = jdbc == null ? null : new Thread(() -> {
                while (running.get()) {
                    LockSupport.parkNanos(1_000_000);
                    jdbc.sql("""
                            select coalesce(wait_event_type || ':' || wait_event, 'running') as what from pg_stat_activity
                            where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'
                            """).query(String.class).list().forEach(what -> seen.merge(what, 1, Integer::sum));
                }
            }, "statement-sampler");
            if (thread != null) {
                thread.setDaemon(true);
                thread.start();
            }
        }

        public String stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join();
            }
            long[] cpu = cpu();
            long busy = cpu[0] - cpuAtStart[0];
            long all = cpu[1] - cpuAtStart[1];
            StringBuilder out = new StringBuilder(String.format("  machine's CPU busy: %.0f %% of %d cores%n",
                    all == 0 ? 0.0 : 100.0 * busy / all, Runtime.getRuntime().availableProcessors()));
            if (thread != null) {
                out.append("  connections sampled:");
                seen.forEach((what, n) -> out.append(' ').append(what).append('=').append(n));
                out.append('\n');
            }
            return out.toString();
        }

        /** Busy and total jiffies of the whole machine, from /proc/stat (zeros where there is none). */
        private static long[] cpu() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (java.io.IOException | RuntimeException e) {
                return new long[2];
            }
        }
    }
}

package vn.vbsp.portal.system;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.util.StringUtils;
import vn.vbsp.portal.shared.ReportSource;

/**
 * With {@code VBSP_REPORTS_DATASOURCE_URL} set (a PostgreSQL streaming replica of the primary), the portal has two
 * pools: the primary's for everything, and the replica's for the report reads marked by {@link ReportSource}. A
 * replica further behind than {@code vbsp.reports.max-lag} (how long ago the last transaction it replayed was
 * committed, when it has WAL it has not replayed yet), or one that does not answer, is passed over for the primary,
 * so a report never shows a day's figures older than that. Reads counted in {@code vbsp.reports.reads} by source.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReportsReplicaConfiguration.ReplicaUrl.class)
class ReportsReplicaConfiguration {

    @Bean
    @Primary
    ReplicaRouting dataSource(Environment env, ObjectProvider<MeterRegistry> meters) {
        HikariDataSource primary = pool("primary", env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"),
                env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
        HikariDataSource replica = pool("reports-replica", env.getRequiredProperty("vbsp.reports.datasource.url"),
                env.getProperty("vbsp.reports.datasource.username", env.getProperty("spring.datasource.username", "")),
                env.getProperty("vbsp.reports.datasource.password", env.getProperty("spring.datasource.password", "")), 10);
        replica.setReadOnly(true);
        return new ReplicaRouting(primary, replica, env.getProperty("vbsp.reports.max-lag", Duration.class, Duration.ofMinutes(5)),
                meters.getIfAvailable());
    }

    private static HikariDataSource pool(String name, String url, String username, String password, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
    }

    /** Sends a report's read to the replica while it is caught up; everything else to the primary. */
    static final class ReplicaRouting extends AbstractRoutingDataSource implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
        private static final long RECHECK_NANOS = Duration.ofSeconds(5).toNanos();

        private final HikariDataSource primary;
        private final HikariDataSource replica;
        private final Duration maxLag;
        private final MeterRegistry meters;
        private volatile long checkedAt;
        private volatile boolean fresh;
        private volatile Duration lastLag = Duration.ZERO;

        ReplicaRouting(HikariDataSource primary, HikariDataSource replica, Duration maxLag, MeterRegistry meters) {
            this.primary = primary;
            this.replica = replica;
            this.maxLag = maxLag;
            this.meters = meters;
            setTargetDataSources(Map.of("primary", primary, "replica", replica));
            setDefaultTargetDataSource(primary);
            afterPropertiesSet();
        }

        @Override
        protected Object determineCurrentLookupKey() {
            if (!ReportSource.replicaWanted()) {
                return "primary";
            }
            String source = replicaFresh() ? "replica" : "primary";
            if (meters != null) {
                meters.counter("vbsp.reports.reads", "source", source).increment();
            }
            return source;
        }

        /** How far behind the replica was at the last look. */
        Duration lag() {
            return lastLag;
        }

        private boolean replicaFresh() {
            long now = System.nanoTime();
            if (now - checkedAt > RECHECK_NANOS) {
                fresh = measure();
                checkedAt = now;
            }
            return fresh;
        }

        private boolean measure() {
            try (Connection c = replica.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select case when not pg_is_in_recovery() then 0
                                when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                                else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 1e9) end
                    """)) {
                rs.next();
                lastLag = Duration.ofMillis((long) (rs.getDouble(1) * 1000));
                boolean ok = lastLag.compareTo(maxLag) <= 0;
                if (!ok) {
                    log.warn("Reports replica is {} s behind (more than {}): reports read the primary", lastLag.toSeconds(), maxLag);
                }
                return ok;
            } catch (SQLException e) {
                log.warn("Reports replica does not answer ({}): reports read the primary", e.getMessage());
                return false;
            }
        }

        @Override
        public void destroy() {
            replica.close();
            primary.close();
        }
    }

    static class ReplicaUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("vbsp.reports.datasource.url"));
        }
    }
}

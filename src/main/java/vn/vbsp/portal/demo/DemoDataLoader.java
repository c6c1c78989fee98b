package vn.vbsp.portal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With {@code vbsp.demo-data=true}, fills an empty database (no commune yet) with a realistic demo office
 * once the migrations have run: in one transaction, so that a failure leaves the database as it was.
 */
@Component
@ConditionalOnBooleanProperty("vbsp.demo-data")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    static final String POSTED_BY = "demo";
    /** The demo users who prepare and approve the demo's risk decisions. */
    static final String MAKER = "canbo";
    static final String CHECKER = "giamdoc";
    static final long SEED = 20_251_122L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final ObjectProvider<PasswordEncoder> passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoDataLoader(DataSource dataSource, ObjectProvider<PasswordEncoder> passwordEncoder,
            ObjectProvider<Clock> clock, @Value("${vbsp.zone:Asia/Ho_Chi_Minh}") String zone,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of(zone)));
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        load();
    }

    /** Loads the demo office unless the database already has a commune; answers whether it did. */
    boolean load() throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!empty(connection)) {
                    connection.rollback();
                    log.info("Demo data: the database already has communes, nothing loaded");
                    return false;
                }
                PasswordEncoder encoder = passwordEncoder.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder);
                DemoOffice.Loaded loaded = new DemoOffice(SEED, today).write(connection, encoder.encode(DemoUsers.PASSWORD));
                connection.commit();
                vacuumAnalyze(connection, loaded.rows().keySet());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                log(loaded, today, took.toMillis());
                events.publishEvent(new DemoDataLoaded(today, took, Map.copyOf(loaded.rows())));
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Gives the planner the statistics of the tables just filled (until autovacuum gets to them, a minute or more, it
     * would plan on empty tables and read the whole ledger for one sheet's loans), and marks their pages all-visible
     * so that balances are read from the ledger's index alone.
     */
    private static void vacuumAnalyze(Connection connection, Collection<String> tables) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                st.execute("vacuum (analyze) " + table);
            }
        }
    }

    /** Locks the communes so that two instances starting together do not both load. */
    private static boolean empty(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("lock table commune in share row exclusive mode");
            try (ResultSet rs = st.executeQuery("select not exists (select 1 from commune)")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void log(DemoOffice.Loaded loaded, LocalDate today, long millis) {
        Map<String, Integer> rows = loaded.rows();
        LoanLedger.Totals book = loaded.book();
        log.info("Demo data: office loaded as of {} in {} ms (built {} ms, written {} ms): {} communes, {} groups, {} households, {} loans "
                        + "({} active, {} settled, {} written off), {} ledger rows, {} users; outstanding {} VND, overdue {} VND "
                        + "({} %), frozen {} VND",
                today, millis, loaded.buildMillis(), loaded.writeMillis(), rows.get("commune"), rows.get("savings_group"), rows.get("household"), rows.get("loan"),
                book.active, book.settled, book.writtenOff, rows.get("loan_txn"), loaded.users(), book.outstanding,
                book.overdue, String.format("%.2f", book.outstanding == 0 ? 0 : 100.0 * book.overdue / book.outstanding),
                book.frozen);
        log.debug("Demo data rows per table: {}", rows);
    }
}

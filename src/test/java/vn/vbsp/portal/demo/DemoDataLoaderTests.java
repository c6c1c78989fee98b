package vn.vbsp.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vbsp.portal.support.TestDatabase;

/**
 * Starts the application with the demo office on, in a database of its own (so that the 600,000 demo rows
 * do not land in the database other tests share), and checks what was loaded with SQL. The start-up catch-up is off:
 * on a point day it would post the day's interest charges beside the demo's rows while the checks read them.
 */
@SpringBootTest(properties = {"vbsp.demo-data=true", "vbsp.loan.catch-up.on-start=false"})
@DirtiesContext
class DemoDataLoaderTests {

    private static final AtomicReference<DemoDataLoaded> LOADED = new AtomicReference<>();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabase.Connection server = TestDatabase.get();
        String name = "vbsp_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                var st = admin.createStatement()) {
            st.execute("create database " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password());
                    var st = admin.createStatement()) {
                st.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // the server may be gone already; its owner cleans up
            }
        }));
        registry.add("spring.datasource.url", () -> TestDatabase.withDatabase(server.url(), name));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        Object demoDataLoadedRecorder() {
            return new Object() {
                @EventListener
                void on(DemoDataLoaded loaded) {
                    LOADED.set(loaded);
                }
            };
        }
    }

    @Test
    void loadsTheOfficeAtStartUp() {
        DemoDataLoaded loaded = LOADED.get();
        assertThat(loaded).as("the demo office was loaded at start-up").isNotNull();
        // how long it took is a figure for the log and the start-up benchmark, not for a test on a shared machine
        System.out.printf("Demo office loaded in %d ms as of %s: %s%n", loaded.took().toMillis(), loaded.asOf(),
                loaded.rows());
        assertThat(loaded.rows()).containsKeys("household", "loan", "loan_txn");
    }

    @Test
    void hasTheSizeOfARealDistrictOffice() {
        assertThat(count("select count(*) from office")).isEqualTo(1);
        assertThat(count("select count(*) from commune")).isEqualTo(14);
        assertThat(count("select count(*) from transaction_point")).isEqualTo(14);
        assertThat(count("select count(*) from transaction_point where day_of_month between 1 and 28")).isEqualTo(14);
        assertThat(count("select min(n) from (select count(*) n from village group by commune_id) v")).isGreaterThanOrEqualTo(6);
        assertThat(count("select max(n) from (select count(*) n from village group by commune_id) v")).isLessThanOrEqualTo(10);
        assertThat(count("select count(*) from association_chapter where level = 'DISTRICT'")).isEqualTo(4);
        assertThat(count("select count(*) from association_chapter where level = 'COMMUNE'")).isEqualTo(56);
        assertThat(count("select count(*) from entrustment_contract")).isEqualTo(60);

        Map<String, Long> groups = jdbc.query("""
                select a.code, count(*) from savings_group g join association a on a.id = g.association_id group by a.code""",
                rs -> {
                    Map<String, Long> result = new java.util.HashMap<>();
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getLong(2));
                    }
                    return result;
                });
        assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of("HND", 64L, "HPN", 62L, "CCB", 20L, "DTN", 12L));
        assertThat(count("select count(*) from group_rating")).isGreaterThan(400);

        assertThat(count("select count(*) from household")).isBetween(5_500L, 6_500L);
        assertThat(count("select count(*) from loan")).isBetween(7_500L, 8_500L);
        assertThat(count("select count(*) from loan_txn")).isBetween(300_000L, 800_000L);
        assertThat(count("select count(*) from loan_use_check")).isEqualTo(count("select count(*) from loan"));
        assertThat(count("select count(*) from loan where status = 'SETTLED'")).isGreaterThan(500);
        assertThat(count("select count(*) from loan_instalment where extended")).isGreaterThan(10);
        assertThat(count("select count(*) from loan_txn where kind = 'EXTENSION'"))
                .isEqualTo(count("select count(*) from loan_instalment where extended"));
        assertThat(count("select count(*) from loan_txn where kind = 'FREEZE'")).isBetween(1L, 10L);
        assertThat(count("select count(*) from loan_txn where kind = 'WRITE_OFF'")).isBetween(1L, 3L);
        assertThat(count("select count(*) from inspection_plan")).isGreaterThan(5);
        assertThat(count("select count(*) from capital_plan")).isGreaterThan(14 * 6);
        assertThat(count("select count(*) from savings_txn")).isGreaterThan(50_000);
    }

    @Test
    void usersOfTheContractWithPasswordDemo() {
        List<Map<String, Object>> users = jdbc.queryForList("""
                select u.username, u.role, a.code as association, u.commune_id, u.password_hash
                from app_user u left join association a on a.id = u.association_id order by u.username""");
        assertThat(users).extracting(u -> u.get("username") + "/" + u.get("role") + "/" + u.get("association"))
                .containsExactly("admin/ADMIN/null", "bandaidien/BOARD/null", "canbo/STAFF/null",
                        "giamdoc/DIRECTOR/null", "hoinongdan/ASSOCIATION/HND", "hoiphunu/ASSOCIATION/HPN");
        assertThat(users).allSatisfy(u -> {
            assertThat(u.get("commune_id")).isNull();
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches("demo", (String) u.get("password_hash"))).isTrue();
        });
    }

    @Test
    void householdsHaveValidUniqueCitizenIdsAndOneGroupInTheirCommune() {
        assertThat(count("select count(*) from household where cccd !~ '^040[0-3][0-9]{8}$'")).isZero();
        assertThat(count("select count(distinct cccd) from household")).isEqualTo(count("select count(*) from household"));
        // century and sex digit, then the year of birth
        assertThat(count("""
                select count(*) from household where substr(cccd, 4, 1)::int
                    <> (case when extract(year from birth_date) >= 2000 then 2 else 0 end) + (case sex when 'F' then 1 else 0 end)
                    or substr(cccd, 5, 2) <> to_char(birth_date, 'YY')""")).isZero();
        assertThat(count("select count(*) from household where search_name <> lower(search_name) or search_name ~ '[^a-z ]'"))
                .isZero();
        assertThat(count("select count(*) from household where head_name ~ '[ăâđêôơưĂÂĐÊÔƠƯàáảãạ]'")).isGreaterThan(3_000);

        assertThat(count("""
                select count(*) from (select household_id from group_member where left_on is null
                                      group by household_id having count(*) > 1) more""")).isZero();
        assertThat(count("""
                select count(*) from group_member m join savings_group g on g.id = m.group_id
                join household h on h.id = m.household_id join village hv on hv.id = h.village_id
                join village gv on gv.id = g.village_id where hv.commune_id <> gv.commune_id""")).isZero();
        long direct = count("select count(*) from household h where not exists (select 1 from group_member m where m.household_id = h.id)");
        assertThat(direct * 100.0 / count("select count(*) from household")).isBetween(1.5, 5.0);
        assertThat(count("""
                select count(*) from savings_group g where not exists (select 1 from group_member m
                    where m.group_id = g.id and m.household_id = g.leader_household_id)
                or not exists (select 1 from group_member m where m.group_id = g.id and m.household_id = g.deputy_household_id)"""))
                .isZero();
    }

    @Test
    void loansFollowTheCatalogueAndTheirGroups() {
        assertThat(count("select count(*) from loan where loan_no !~ '^DEMO-[0-9]{7}$'")).isZero();
        assertThat(count("""
                select count(*) from loan l join programme p on p.id = l.programme_id join household h on h.id = l.household_id
                where position(h.category in p.eligible_categories) = 0
                   or (p.ceiling is not null and l.principal > p.ceiling)
                   or l.principal % 1000000 <> 0
                   or l.maturity_on > l.disbursed_on + make_interval(months => p.max_term_months)""")).isZero();
        assertThat(count("select count(*) from loan l join programme p on p.id = l.programme_id where p.code in ('TNVKK', 'NOXH')"))
                .isZero();
        // the household's group, or no group at all for a direct loan
        assertThat(count("""
                select count(*) from loan l
                left join group_member m on m.household_id = l.household_id and m.left_on is null
                where l.group_id is distinct from m.group_id or l.association_id is distinct from m.association_id""")).isZero();
        assertThat(count("""
                select count(*) from loan l join household h on h.id = l.household_id join village v on v.id = h.village_id
                where v.commune_id <> l.commune_id""")).isZero();
        assertThat(count("""
                select count(*) from loan l join (select loan_id, sum(principal_due) s from loan_instalment group by loan_id) i
                on i.loan_id = l.id where i.s <> l.principal""")).isZero();
        assertThat(count("""
                select count(*) from loan_instalment i join loan l on l.id = i.loan_id
                join transaction_point p on p.commune_id = l.commune_id
                where extract(day from i.original_due_on) <> least(p.day_of_month,
                      extract(day from (date_trunc('month', i.original_due_on) + interval '1 month - 1 day')))
                   or (i.extended = (i.due_on = i.original_due_on))""")).isZero();
        assertThat(jdbc.queryForObject("select min(disbursed_on) from loan", LocalDate.class))
                .isBefore(asOf().minusYears(4));
        assertThat(jdbc.queryForObject("select max(disbursed_on) from loan", LocalDate.class))
                .isBefore(asOf().withDayOfMonth(1));
    }

    @Test
    void ledgerRowsMoveTheBalancesTheirKindSays() {
        assertThat(count("""
                select count(*) from loan_txn where posted_by <> 'demo' or reverses_id is not null or idempotency_key is not null
                or not case kind
                    when 'DISBURSEMENT' then d_outstanding = amount and d_overdue = 0 and d_frozen = 0 and d_interest = 0
                    when 'INTEREST_CHARGE' then d_interest = amount and d_outstanding = 0 and d_overdue = 0 and d_frozen = 0
                    when 'INTEREST_PAYMENT' then d_interest = -amount and d_outstanding = 0 and d_overdue = 0 and d_frozen = 0
                    when 'PRINCIPAL_REPAYMENT' then d_outstanding = -amount and d_overdue between -amount and 0
                                                    and d_frozen = 0 and instalment_id is not null
                    when 'OVERDUE_TRANSFER' then d_overdue = amount and d_outstanding = 0 and instalment_id is not null
                    when 'EXTENSION' then d_outstanding = 0 and d_overdue = 0 and d_frozen = 0 and instalment_id is not null
                    when 'FREEZE' then d_frozen = amount and d_outstanding = 0 and d_overdue <= 0
                    when 'WRITE_OFF' then d_outstanding = -amount and d_frozen = -amount
                    else false end""")).isZero();
        assertThat(count("select count(*) from loan_txn where amount = 0")).isZero();
        // every overdue transfer the day after a due date of its instalment
        assertThat(count("""
                select count(*) from loan_txn t join loan_instalment i on i.id = t.instalment_id
                where t.kind = 'OVERDUE_TRANSFER' and t.business_date <> i.due_on + 1""")).isZero();
        assertThat(count("select count(*) from loan_txn where business_date > ?", asOf())).isZero();
    }

    @Test
    void balancesHoldAtTheEndOfEveryDay() {
        // running sums per loan over the days it moved: every state the loan was ever in at the end of a day
        long broken = count("""
                with daily as (
                    select loan_id, business_date, sum(d_outstanding) d_out, sum(d_overdue) d_ovd, sum(d_frozen) d_frz,
                           sum(d_interest) d_int,
                           sum(case kind when 'DISBURSEMENT' then amount when 'PRINCIPAL_REPAYMENT' then -amount
                                         when 'WRITE_OFF' then -amount else 0 end) d_principal
                    from loan_txn group by loan_id, business_date),
                running as (
                    select sum(d_out) over w outstanding, sum(d_ovd) over w overdue, sum(d_frz) over w frozen,
                           sum(d_int) over w interest, sum(d_principal) over w principal
                    from daily window w as (partition by loan_id order by business_date))
                select count(*) from running
                where not (overdue >= 0 and overdue <= outstanding and frozen >= 0 and overdue + frozen <= outstanding
                           and outstanding = principal and interest >= 0)""");
        assertThat(broken).isZero();
    }

    @Test
    void balancesHoldTodayAndAYearAgo() {
        LocalDate today = asOf();
        for (LocalDate asOf : List.of(today, today.minusYears(1))) {
            assertThat(count(balancesAsOf("""
                    select count(*) from balance where not (overdue between 0 and outstanding and frozen >= 0
                        and overdue + frozen <= outstanding and outstanding = principal and interest >= 0)"""), asOf))
                    .as("loans breaking the invariants as of %s", asOf).isZero();
        }
        // today's status agrees with the balances
        assertThat(count(balancesAsOf("""
                select count(*) from balance b join loan l on l.id = b.loan_id
                where (l.status = 'ACTIVE' and b.outstanding <= 0)
                   or (l.status = 'SETTLED' and (b.outstanding <> 0 or b.interest <> 0))
                   or (l.status = 'WRITTEN_OFF' and b.outstanding <> 0)"""), today)).isZero();
        BigDecimal ratio = jdbc.queryForObject(balancesAsOf(
                "select round(100.0 * sum(overdue) / sum(outstanding), 4) from balance"), BigDecimal.class, today);
        System.out.printf("Overdue ratio as of %s: %s %%%n", today, ratio);
        assertThat(ratio).isBetween(new BigDecimal("0.05"), new BigDecimal("1"));
        // some of what fell overdue was repaid later
        assertThat(count("select count(*) from loan_txn where kind = 'PRINCIPAL_REPAYMENT' and d_overdue < 0")).isGreaterThan(20);
    }

    @Test
    void capitalPlansExceedWhatWasLentThisYear() {
        assertThat(count("""
                select count(*) from (select l.commune_id, l.programme_id, sum(l.principal) lent from loan l
                    where extract(year from l.disbursed_on) = ? group by 1, 2) d
                left join (select commune_id, programme_id, sum(amount) planned from capital_plan
                    where year = ? group by 1, 2) p using (commune_id, programme_id)
                where coalesce(p.planned, 0) < d.lent""", asOf().getYear(), asOf().getYear())).isZero();
        assertThat(count("select count(distinct commune_id) from capital_plan where year = ?", asOf().getYear())).isEqualTo(14);
        assertThat(count("select count(*) from inspection_plan where year <> ?", asOf().getYear())).isZero();
    }

    @Test
    void theSameSeedAndDayGiveTheSameOffice() throws SQLException {
        Catalogue catalogue;
        try (var connection = dataSource.getConnection()) {
            catalogue = Catalogue.read(connection);
        }
        LocalDate day = LocalDate.of(2026, 3, 31);
        String first = new DemoOffice(DemoDataLoader.SEED, day).build(catalogue, Ids.startingAt(1, DemoOffice.TABLES_WITH_IDS))
                .batch().digest();
        String again = new DemoOffice(DemoDataLoader.SEED, day).build(catalogue, Ids.startingAt(1, DemoOffice.TABLES_WITH_IDS))
                .batch().digest();
        String otherSeed = new DemoOffice(DemoDataLoader.SEED + 1, day)
                .build(catalogue, Ids.startingAt(1, DemoOffice.TABLES_WITH_IDS)).batch().digest();

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void aSecondRunDoesNothing() throws SQLException {
        long loans = count("select count(*) from loan");
        long txns = count("select count(*) from loan_txn");

        assertThat(loader.load()).isFalse();

        assertThat(count("select count(*) from loan")).isEqualTo(loans);
        assertThat(count("select count(*) from loan_txn")).isEqualTo(txns);
        assertThat(count("select count(*) from app_user")).isEqualTo(6);
    }

    /** A query over {@code balance}: each loan's balances at the end of the day given as the only parameter. */
    private static String balancesAsOf(String query) {
        return """
                with balance as (
                    select loan_id, sum(d_outstanding) outstanding, sum(d_overdue) overdue, sum(d_frozen) frozen,
                           sum(d_interest) interest,
                           sum(case kind when 'DISBURSEMENT' then amount when 'PRINCIPAL_REPAYMENT' then -amount
                                         when 'WRITE_OFF' then -amount else 0 end) principal
                    from loan_txn where business_date <= ? group by loan_id)
                """ + query;
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    /** The day the demo office was built for (the loader's time zone, not necessarily the database's). */
    private static LocalDate asOf() {
        assertThat(LOADED.get()).as("the demo office was loaded at start-up").isNotNull();
        return LOADED.get().asOf();
    }
}

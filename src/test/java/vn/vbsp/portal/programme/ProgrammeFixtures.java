package vn.vbsp.portal.programme;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Programmes of the tests' own, so that rates added here never change the seeded catalogue other tests read.
 * They are created inactive, out of the way of lending screens.
 */
final class ProgrammeFixtures {

    private final JdbcClient jdbc;

    ProgrammeFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme whose only rate is {@code rate} from 1 January 2000; returns its code. */
    String programme(String rate) {
        String code = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int id = jdbc.sql("""
                insert into programme (code, name, ceiling, max_term_months, eligible_categories, through_groups, active)
                values (:code, :name, 50000000, 60, 'NGHEO', true, false) returning id
                """).param("code", code).param("name", "Chương trình thử " + code).query(Integer.class).single();
        jdbc.sql("""
                insert into programme_rate (programme_id, effective_from, annual_rate, decision, created_by)
                values (:id, date '2000-01-01', cast(:rate as numeric), 'Quyết định thử', 'test')
                """).param("id", id).param("rate", rate).update();
        return code;
    }

    /** A loan of the programme with interest charged on {@code chargedOn}. */
    void interestCharged(String programmeCode, LocalDate chargedOn) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long commune = jdbc.sql("insert into commune (code, name) values (:code, :name) returning id")
                .param("code", "LAI" + suffix).param("name", "Xã Lãi " + suffix).query(Long.class).single();
        long village = jdbc.sql("insert into village (commune_id, name) values (:c, 'Thôn Lãi') returning id")
                .param("c", commune).query(Long.class).single();
        String cccd = "999" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        long household = jdbc.sql("""
                insert into household (cccd, head_name, search_name, village_id, category)
                values (:cccd, 'Nguyễn Văn Lãi', 'nguyen van lai', :v, 'NGHEO') returning id
                """).param("cccd", cccd).param("v", village).query(Long.class).single();
        long loan = jdbc.sql("""
                insert into loan (loan_no, household_id, programme_id, commune_id, principal, disbursed_on, maturity_on, status)
                values (:no, :h, (select id from programme where code = :p), :c, 10000000, :from, :to, 'ACTIVE') returning id
                """).param("no", "TEST-" + suffix).param("h", household).param("p", programmeCode).param("c", commune)
                .param("from", chargedOn.minusMonths(6)).param("to", chargedOn.plusYears(3)).query(Long.class).single();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:l, :from, 'DISBURSEMENT', 10000000, 10000000, 'test')
                """).param("l", loan).param("from", chargedOn.minusMonths(6)).update();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_interest, posted_by)
                values (:l, :on, 'INTEREST_CHARGE', 55000, 55000, 'test')
                """).param("l", loan).param("on", chargedOn).update();
    }

    long rates(String programmeCode) {
        return jdbc.sql("select count(*) from programme_rate r join programme p on p.id = r.programme_id where p.code = :code")
                .param("code", programmeCode).query(Long.class).single();
    }
}

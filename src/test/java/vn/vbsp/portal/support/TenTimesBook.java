package vn.vbsp.portal.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo office's book made ten times its size in SQL, for the benchmarks. */
public final class TenTimesBook {

    private static final String[] PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014"};

    private TenTimesBook() {
    }

    /**
     * Nine more copies of the demo office's communes, villages, points, commune chapters, groups, households,
     * memberships, loans, schedules and ledger, ids shifted by a multiple of ten million, codes and loan numbers
     * suffixed, CCCDs under another province code. The ledger inserts fire the snapshot trigger like any posting.
     */
    public static long scale(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        String demoCommunes = "(select id from commune where code ~ '^X[0-9]{2}$')";
        String copies = "(select k, k * 10000000::bigint as off, (array['" + String.join("','", PROVINCES) + "'])[k] as province"
                + " from generate_series(1, 9) k) c";
        List<String> statements = new ArrayList<>(List.of(
                "insert into commune (id, code, name) select id + off, code || '-' || k, name || ' ' || k from commune, " + copies
                        + " where id in " + demoCommunes,
                "insert into village (id, commune_id, name) select id + off, commune_id + off, name from village, " + copies
                        + " where commune_id in " + demoCommunes,
                "insert into transaction_point (id, commune_id, place, day_of_month) select id + off, commune_id + off, place,"
                        + " day_of_month from transaction_point, " + copies + " where commune_id in " + demoCommunes,
                "insert into association_chapter (id, association_id, level, commune_id, chair_name) select id + off,"
                        + " association_id, level, commune_id + off, chair_name from association_chapter, " + copies
                        + " where level = 'COMMUNE' and commune_id in " + demoCommunes,
                "insert into household (id, cccd, head_name, search_name, birth_date, sex, village_id, category) select h.id + off,"
                        + " province || substr(cccd, 4), head_name, search_name, birth_date, sex, village_id + off, category"
                        + " from household h join village v on v.id = h.village_id, " + copies + " where v.commune_id in "
                        + demoCommunes,
                "insert into savings_group (id, code, name, chapter_id, association_id, village_id, leader_household_id,"
                        + " deputy_household_id, founded_on) select id + off, code || '-' || k, name, chapter_id + off,"
                        + " association_id, village_id + off, leader_household_id + off, deputy_household_id + off, founded_on"
                        + " from savings_group, " + copies + " where code ~ '^T-X[0-9]{2}-[A-Z]{3}-[0-9]{2}$'",
                "insert into group_member (group_id, association_id, household_id, joined_on, left_on) select group_id + off,"
                        + " m.association_id, household_id + off, joined_on, left_on from group_member m join savings_group g"
                        + " on g.id = m.group_id, " + copies + " where g.code ~ '^T-X[0-9]{2}-[A-Z]{3}-[0-9]{2}$'",
                "insert into loan (id, loan_no, household_id, group_id, association_id, programme_id, commune_id, principal,"
                        + " disbursed_on, maturity_on, instalment_months, purpose, status) select id + off, loan_no || '-' || k,"
                        + " household_id + off, group_id + off, association_id, programme_id, commune_id + off, principal,"
                        + " disbursed_on, maturity_on, instalment_months, purpose, status from loan, " + copies
                        + " where loan_no ~ '^DEMO-[0-9]{7}$'",
                "insert into loan_instalment (id, loan_id, seq, due_on, principal_due, original_due_on, extended) select"
                        + " i.id + off, loan_id + off, seq, due_on, principal_due, original_due_on, extended from loan_instalment i"
                        + " join loan l on l.id = i.loan_id, " + copies + " where l.loan_no ~ '^DEMO-[0-9]{7}$'"));
        for (int k = 1; k <= 9; k++) {
            statements.add("insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, d_overdue, d_frozen,"
                    + " d_interest, instalment_id, reference, posted_by) select t.loan_id + " + k * 10_000_000L
                    + ", business_date, kind, amount, d_outstanding, d_overdue, d_frozen, d_interest, instalment_id + "
                    + k * 10_000_000L + ", reference, posted_by from loan_txn t join loan l on l.id = t.loan_id"
                    + " where l.loan_no ~ '^DEMO-[0-9]{7}$' and t.reverses_id is null");
        }
        for (String sql : statements) {
            jdbc.execute(sql);
        }
        for (String table : List.of("commune", "village", "transaction_point", "association_chapter", "household",
                "savings_group", "loan", "loan_instalment")) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))",
                    Long.class);
        }
        jdbc.execute("vacuum analyze");
        return (System.nanoTime() - started) / 1_000_000_000;
    }
}

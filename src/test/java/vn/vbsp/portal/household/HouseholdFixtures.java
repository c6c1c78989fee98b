package vn.vbsp.portal.household;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * Records the household tests create for themselves (the test database is shared and may or may not hold the demo
 * office): a commune with a village, households with unique CCCDs, groups, memberships, loans and their ledgers.
 */
final class HouseholdFixtures {

    /** Unique within the run; starts at a random point so that demo CCCDs are very unlikely to collide. */
    private static final AtomicLong SEQUENCE =
            new AtomicLong(ThreadLocalRandom.current().nextLong(100_000, 800_000) * 1000);

    private final JdbcClient jdbc;

    HouseholdFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Place(long communeId, long villageId, String communeName) {
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** 12 digits, province 001 (Hà Nội). */
    static String cccd() {
        return "%s%09d".formatted("001", next());
    }

    /** A fresh commune with one village. */
    Place place() {
        long n = next();
        String name = "Xã Thử " + n;
        long communeId = jdbc.sql("insert into commune (code, name) values (:code, :name) returning id")
                .param("code", "HT" + n).param("name", name).query(Long.class).single();
        long villageId = jdbc.sql("insert into village (commune_id, name) values (:c, 'Thôn Đông') returning id")
                .param("c", communeId).query(Long.class).single();
        return new Place(communeId, villageId, name);
    }

    long household(long villageId, String name, String cccd, String category) {
        return jdbc.sql("""
                        insert into household (cccd, head_name, search_name, village_id, category, review_year)
                        values (:cccd, :name, :search, :village, :category, 2024) returning id
                        """)
                .param("cccd", cccd).param("name", name).param("search", VietnameseText.fold(name))
                .param("village", villageId).param("category", category)
                .query(Long.class).single();
    }

    int associationId(String code) {
        return jdbc.sql("select id from association where code = :code").param("code", code).query(Integer.class).single();
    }

    /** A group of the organisation in the place's village, under the organisation's commune chapter. */
    long group(String associationCode, Place place) {
        int associationId = associationId(associationCode);
        jdbc.sql("""
                        insert into association_chapter (association_id, level, commune_id)
                        values (:a, 'COMMUNE', :c)
                        on conflict (association_id, commune_id) where level = 'COMMUNE' do nothing
                        """)
                .param("a", associationId).param("c", place.communeId()).update();
        long chapterId = jdbc.sql("""
                        select id from association_chapter where association_id = :a and commune_id = :c and level = 'COMMUNE'
                        """)
                .param("a", associationId).param("c", place.communeId()).query(Long.class).single();
        long n = next();
        return jdbc.sql("""
                        insert into savings_group (code, name, chapter_id, association_id, village_id, founded_on)
                        values (:code, :name, :chapter, :a, :village, date '2020-01-01') returning id
                        """)
                .param("code", "TT" + n).param("name", "Tổ thử " + n).param("chapter", chapterId)
                .param("a", associationId).param("village", place.villageId())
                .query(Long.class).single();
    }

    void join(long groupId, long householdId, LocalDate leftOn) {
        jdbc.sql("""
                        insert into group_member (group_id, association_id, household_id, joined_on, left_on)
                        select id, association_id, :h, date '2020-02-01', :left from savings_group where id = :g
                        """)
                .param("g", groupId).param("h", householdId).param("left", leftOn).update();
    }

    /** A loan (through the group, or direct when groupId is null) disbursed in full on the given day. */
    long loan(long householdId, Long groupId, long communeId, String programme, long principal, LocalDate disbursedOn) {
        long n = next();
        long loanId = jdbc.sql("""
                        insert into loan (loan_no, household_id, group_id, association_id, programme_id, commune_id,
                                          principal, disbursed_on, maturity_on, status)
                        values (:no, :h, :g, (select association_id from savings_group where id = :g),
                                (select id from programme where code = :p), :c, :principal, :on, :maturity, 'ACTIVE')
                        returning id
                        """)
                .param("no", "TV" + n).param("h", householdId).param("g", groupId).param("p", programme)
                .param("c", communeId).param("principal", principal).param("on", disbursedOn)
                .param("maturity", disbursedOn.plusYears(3))
                .query(Long.class).single();
        txn(loanId, disbursedOn, "DISBURSEMENT", principal, principal, 0, 0, null);
        return loanId;
    }

    long instalment(long loanId, int seq, LocalDate dueOn, long principalDue) {
        return jdbc.sql("""
                        insert into loan_instalment (loan_id, seq, due_on, principal_due, original_due_on)
                        values (:l, :seq, :due, :amount, :due) returning id
                        """)
                .param("l", loanId).param("seq", seq).param("due", dueOn).param("amount", principalDue)
                .query(Long.class).single();
    }

    long txn(long loanId, LocalDate on, String kind, long amount, long dOutstanding, long dOverdue, long dFrozen,
            Long instalmentId) {
        return jdbc.sql("""
                        insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, d_overdue, d_frozen,
                                              instalment_id, reference, posted_by)
                        values (:l, :on, :kind, :amount, :dOut, :dOver, :dFrozen, :i, :ref, 'test') returning id
                        """)
                .param("l", loanId).param("on", on).param("kind", kind).param("amount", amount)
                .param("dOut", dOutstanding).param("dOver", dOverdue).param("dFrozen", dFrozen)
                .param("i", instalmentId).param("ref", "CT-" + next())
                .query(Long.class).single();
    }

    long savingsAccount(long householdId, long groupId, long... deposits) {
        long accountId = jdbc.sql("""
                        insert into savings_account (household_id, group_id, opened_on)
                        values (:h, :g, date '2021-01-01') returning id
                        """)
                .param("h", householdId).param("g", groupId).query(Long.class).single();
        for (long amount : deposits) {
            jdbc.sql("""
                            insert into savings_txn (account_id, business_date, kind, amount, d_balance, posted_by)
                            values (:a, date '2022-01-01', 'DEPOSIT', :amount, :amount, 'test')
                            """)
                    .param("a", accountId).param("amount", amount).update();
        }
        return accountId;
    }

    long audited(String action, long householdId) {
        return jdbc.sql("select count(*) from audit_log where entity = 'household' and action = :a and entity_id = :id")
                .param("a", action).param("id", String.valueOf(householdId)).query(Long.class).single();
    }

    String category(long householdId) {
        return jdbc.sql("select category from household where id = :id").param("id", householdId)
                .query(String.class).single();
    }
}

package vn.vbsp.portal.group;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * Records of its own for each test, written with SQL and named with a token unique to this run, so that neither the
 * demo office nor other test classes sharing the database can get in the way.
 */
public final class GroupFixtures {

    /** A commune of the tests with two villages. */
    public record Place(long communeId, String communeName, long villageId, long otherVillageId) {
    }

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public GroupFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token unique in this run, for codes and names. */
    public static String unique() {
        return RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public int association(String code) {
        return jdbc.sql("select id from association where code = :code").param("code", code).query(Integer.class).single();
    }

    public Place commune() {
        String token = unique();
        String name = "Xã Thử " + token;
        long communeId = jdbc.sql("insert into commune (code, name) values (:code, :name) returning id")
                .param("code", "T" + token).param("name", name).query(Long.class).single();
        long village = village(communeId, "Thôn Đông " + token);
        long other = village(communeId, "Thôn Tây " + token);
        return new Place(communeId, name, village, other);
    }

    public long village(long communeId, String name) {
        return jdbc.sql("insert into village (commune_id, name) values (:communeId, :name) returning id")
                .param("communeId", communeId).param("name", name).query(Long.class).single();
    }

    /** The commune chapter of the organisation in the commune, created if missing. */
    public long chapter(String associationCode, long communeId) {
        int associationId = association(associationCode);
        return jdbc.sql("select id from association_chapter where association_id = :a and commune_id = :c")
                .param("a", associationId).param("c", communeId).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into association_chapter (association_id, level, commune_id, chair_name, phone)
                        values (:a, 'COMMUNE', :c, 'Chủ tịch thử', '0912000000') returning id
                        """).param("a", associationId).param("c", communeId).query(Long.class).single());
    }

    public long household(long villageId, String headName) {
        String cccd = freeCccd();
        return jdbc.sql("""
                insert into household (cccd, head_name, search_name, village_id, category)
                values (:cccd, :name, :search, :village, 'NGHEO') returning id
                """)
                .param("cccd", cccd).param("name", headName).param("search", VietnameseText.fold(headName))
                .param("village", villageId).query(Long.class).single();
    }

    public String cccd(long householdId) {
        return jdbc.sql("select cccd from household where id = :id").param("id", householdId).query(String.class).single();
    }

    /** A group under the organisation's chapter in the village's commune. */
    public long group(String associationCode, long communeId, long villageId) {
        long chapter = chapter(associationCode, communeId);
        return jdbc.sql("""
                insert into savings_group (code, name, chapter_id, association_id, village_id, founded_on)
                select :code, :name, ch.id, ch.association_id, :village, date '2020-01-15'
                from association_chapter ch where ch.id = :chapter
                returning id
                """)
                .param("code", "GT-" + associationCode + "-" + unique()).param("name", "Tổ thử " + unique())
                .param("village", villageId).param("chapter", chapter).query(Long.class).single();
    }

    public String groupCode(long groupId) {
        return jdbc.sql("select code from savings_group where id = :id").param("id", groupId).query(String.class).single();
    }

    public long member(long groupId, long householdId) {
        return jdbc.sql("""
                insert into group_member (group_id, association_id, household_id, joined_on)
                select g.id, g.association_id, :household, date '2021-03-01' from savings_group g where g.id = :group
                returning id
                """).param("group", groupId).param("household", householdId).query(Long.class).single();
    }

    /** {@code count} new households of the village, all active members of the group. */
    public void members(long groupId, long villageId, int count) {
        for (int i = 0; i < count; i++) {
            member(groupId, household(villageId, "Hộ Thử " + unique()));
        }
    }

    /** A loan of the household through the group, disbursed and partly overdue per the ledger. */
    public long loan(long groupId, long householdId, long principal, long overdue) {
        long loanId = jdbc.sql("""
                insert into loan (loan_no, household_id, group_id, association_id, programme_id, commune_id, principal,
                                  disbursed_on, maturity_on, status)
                select :no, :household, g.id, g.association_id, (select min(id) from programme), v.commune_id, :principal,
                       date '2024-01-10', date '2029-01-10', 'ACTIVE'
                from savings_group g join village v on v.id = g.village_id where g.id = :group
                returning id
                """)
                .param("no", "LT-" + unique()).param("household", householdId).param("group", groupId)
                .param("principal", principal).query(Long.class).single();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, date '2024-01-10', 'DISBURSEMENT', :principal, :principal, 'test')
                """).param("loan", loanId).param("principal", principal).update();
        if (overdue > 0) {
            jdbc.sql("""
                    insert into loan_txn (loan_id, business_date, kind, amount, d_overdue, posted_by)
                    values (:loan, date '2025-01-10', 'OVERDUE_TRANSFER', :overdue, :overdue, 'test')
                    """).param("loan", loanId).param("overdue", overdue).update();
        }
        return loanId;
    }

    /** A savings deposit of the household in the group. */
    public void savings(long groupId, long householdId, long amount) {
        long account = jdbc.sql("""
                insert into savings_account (household_id, group_id, opened_on) values (:household, :group, date '2024-01-10')
                on conflict (household_id, group_id) do update set opened_on = excluded.opened_on
                returning id
                """).param("household", householdId).param("group", groupId).query(Long.class).single();
        jdbc.sql("""
                insert into savings_txn (account_id, business_date, kind, amount, d_balance, posted_by)
                values (:account, :on, 'DEPOSIT', :amount, :amount, 'test')
                """).param("account", account).param("on", LocalDate.of(2024, 2, 10)).param("amount", amount).update();
    }

    public long activeMembers(long groupId) {
        return jdbc.sql("select count(*) from group_member where group_id = :g and left_on is null")
                .param("g", groupId).query(Long.class).single();
    }

    public long audited(String action, String entity, Object entityId) {
        return jdbc.sql("select count(*) from audit_log where action = :action and entity = :entity and entity_id = :id")
                .param("action", action).param("entity", entity).param("id", String.valueOf(entityId))
                .query(Long.class).single();
    }

    /** A 12-digit CCCD with a real province code (040, Nghệ An) that no household holds yet. */
    private String freeCccd() {
        while (true) {
            String cccd = "0402" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            boolean taken = jdbc.sql("select exists (select 1 from household where cccd = :c)").param("c", cccd)
                    .query(Boolean.class).single();
            if (!taken) {
                return cccd;
            }
        }
    }
}

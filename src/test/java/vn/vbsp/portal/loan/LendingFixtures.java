package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * Records of the lending tests' own, written with SQL and named with a token unique to the run, so that neither the
 * demo office nor other test classes sharing the database get in the way: a commune with its point, a village, a
 * savings-and-loan group under an organisation's commune chapter, households in the group, capital plans.
 */
public final class LendingFixtures {

    /** A commune of the tests with its point on {@code pointDay}, one village and one group of {@code associationCode}. */
    public record Office(long communeId, String communeName, long villageId, int associationId, long groupId,
            String groupName, int pointDay) {
    }

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public LendingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique() {
        return RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public int association(String code) {
        return jdbc.sql("select id from association where code = :code").param("code", code).query(Integer.class).single();
    }

    public int programme(String code) {
        return jdbc.sql("select id from programme where code = :code").param("code", code).query(Integer.class).single();
    }

    public Office office(String associationCode, int pointDay) {
        String token = unique();
        String communeName = "Xã Vay Thử " + token;
        long commune = jdbc.sql("insert into commune (code, name) values (:code, :name) returning id")
                .param("code", "LV" + token).param("name", communeName).query(Long.class).single();
        jdbc.sql("insert into transaction_point (commune_id, place, day_of_month) values (:c, 'Nhà văn hóa xã', :day)")
                .param("c", commune).param("day", pointDay).update();
        long village = jdbc.sql("insert into village (commune_id, name) values (:c, :name) returning id")
                .param("c", commune).param("name", "Thôn Thử " + token).query(Long.class).single();
        int associationId = association(associationCode);
        long chapter = jdbc.sql("""
                insert into association_chapter (association_id, level, commune_id, chair_name)
                values (:a, 'COMMUNE', :c, 'Chủ tịch Hội thử') returning id
                """).param("a", associationId).param("c", commune).query(Long.class).single();
        String groupName = "Tổ vay thử " + token;
        long group = jdbc.sql("""
                insert into savings_group (code, name, chapter_id, association_id, village_id, founded_on)
                values (:code, :name, :chapter, :a, :village, date '2015-01-01') returning id
                """).param("code", "TV" + token).param("name", groupName).param("chapter", chapter)
                .param("a", associationId).param("village", village).query(Long.class).single();
        return new Office(commune, communeName, village, associationId, group, groupName, pointDay);
    }

    /** A household of the category in the office's village, an active member of its group since 2015. */
    public long member(Office office, String category) {
        long household = household(office, category);
        jdbc.sql("""
                insert into group_member (group_id, association_id, household_id, joined_on)
                values (:g, :a, :h, date '2015-01-01')
                """).param("g", office.groupId()).param("a", office.associationId()).param("h", household).update();
        return household;
    }

    /** A household in the office's village that belongs to no group. */
    public long household(Office office, String category) {
        String name = "Lê Văn Vay " + unique();
        return jdbc.sql("""
                insert into household (cccd, head_name, search_name, village_id, category)
                values (:cccd, :name, :search, :village, :category) returning id
                """).param("cccd", freeCccd()).param("name", name).param("search", VietnameseText.fold(name))
                .param("village", office.villageId()).param("category", category).query(Long.class).single();
    }

    public String cccd(long householdId) {
        return jdbc.sql("select cccd from household where id = :id").param("id", householdId).query(String.class).single();
    }

    /** The commune's plan for the programme and year, from the central source. */
    public void capitalPlan(Office office, String programmeCode, int year, long amount) {
        jdbc.sql("""
                insert into capital_plan (year, commune_id, programme_id, source_id, amount)
                values (:y, :c, (select id from programme where code = :p), (select id from capital_source where code = 'TRUNG_UONG'), :amount)
                on conflict (year, commune_id, programme_id, source_id) do update set amount = excluded.amount
                """).param("y", year).param("c", office.communeId()).param("p", programmeCode).param("amount", amount).update();
    }

    private String freeCccd() {
        while (true) {
            String cccd = "097" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            boolean taken = jdbc.sql("select count(*) from household where cccd = :c").param("c", cccd)
                    .query(Long.class).single() > 0;
            if (!taken) {
                return cccd;
            }
        }
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

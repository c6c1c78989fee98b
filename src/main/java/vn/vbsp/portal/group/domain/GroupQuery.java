package vn.vbsp.portal.group.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.LedgerSql;
import vn.vbsp.portal.shared.VietnameseText;
import vn.vbsp.portal.user.UserScope;

/**
 * The group screens' reads, in SQL. The reader's scope is part of every query: an ASSOCIATION officer gets the groups
 * of their organisation (in their commune, for a commune-level officer) and nothing else, exactly as if the others
 * did not exist.
 */
@Service
public class GroupQuery {

    public static final int PAGE_SIZE = 25;

    /** Vietnamese letters with diacritics, and the plain letters they fold to: name search ignores accents. */
    private static final String ACCENTED = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơớờởỡợùúủũụưừứửữựỳýỷỹỵ";
    private static final String FOLD_FROM = ACCENTED + ACCENTED.toUpperCase(Locale.ROOT);
    private static final String FOLD_TO = folded(FOLD_FROM);

    private static final String GROUPS_IN_SCOPE = """
            from savings_group g
            join association a on a.id = g.association_id
            join village v on v.id = g.village_id
            join commune c on c.id = v.commune_id
            left join household lh on lh.id = g.leader_household_id
            left join lateral (
                select r.year, r.rating from group_rating r where r.group_id = g.id order by r.year desc limit 1
            ) lr on true
            where (cast(:scopeAssociationId as integer) is null or g.association_id = :scopeAssociationId)
              and (cast(:scopeCommuneId as bigint) is null or v.commune_id = :scopeCommuneId)
            """;

    private static final String FILTERS = """
              and (cast(:associationId as integer) is null or g.association_id = :associationId)
              and (cast(:communeId as bigint) is null or v.commune_id = :communeId)
              and (cast(:rating as varchar) is null or lr.rating = :rating)
              and (cast(:codePattern as varchar) is null
                   or lower(g.code) like :codePattern
                   or lower(translate(g.name, :foldFrom, :foldTo)) like :namePattern)
            """;

    private final JdbcClient jdbc;
    private final LoanBalances balances;

    GroupQuery(JdbcClient jdbc, LoanBalances balances) {
        this.jdbc = jdbc;
        this.balances = balances;
    }

    /** A page of the groups in scope that pass the filter, by commune and code; {@code page} counts from 1. */
    @Transactional(readOnly = true)
    public GroupPage list(GroupFilter filter, UserScope scope, int page) {
        long total = bind(jdbc.sql("select count(*) " + GROUPS_IN_SCOPE + FILTERS), filter, scope)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<GroupRow> rows = bind(jdbc.sql("""
                select g.id, g.code, g.name, g.association_id, a.code as association_code, c.id as commune_id,
                       c.name as commune_name, v.name as village_name, g.founded_on, g.active,
                       (select count(*) from group_member m where m.group_id = g.id and m.left_on is null) as members,
                       lh.head_name as leader_name, lr.year as rating_year, lr.rating
                """ + GROUPS_IN_SCOPE + FILTERS + """
                order by c.name, c.id, g.code
                limit :limit offset :offset
                """), filter, scope)
                .param("limit", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query(GroupRow.class).list();
        return new GroupPage(rows, current, PAGE_SIZE, total);
    }

    /** The group, if it exists and lies within the reader's scope. */
    @Transactional(readOnly = true)
    public Optional<GroupDetail> detail(long id, UserScope scope) {
        return jdbc.sql("""
                select g.id, g.code, g.name, g.association_id, a.code as association_code, a.name as association_name,
                       g.chapter_id, v.id as village_id, v.name as village_name, c.id as commune_id, c.name as commune_name,
                       g.founded_on, g.active, g.leader_household_id, lh.head_name as leader_name,
                       g.deputy_household_id, dh.head_name as deputy_name,
                       (select count(*) from group_member m where m.group_id = g.id and m.left_on is null) as active_members
                from savings_group g
                join association a on a.id = g.association_id
                join village v on v.id = g.village_id
                join commune c on c.id = v.commune_id
                left join household lh on lh.id = g.leader_household_id
                left join household dh on dh.id = g.deputy_household_id
                where g.id = :id
                  and (cast(:scopeAssociationId as integer) is null or g.association_id = :scopeAssociationId)
                  and (cast(:scopeCommuneId as bigint) is null or v.commune_id = :scopeCommuneId)
                """)
                .param("id", id)
                .param("scopeAssociationId", scope.associationId())
                .param("scopeCommuneId", scope.communeId())
                .query(GroupDetail.class).optional();
    }

    /**
     * Every household of the group's book in one query: its members (active first, then former ones) and any
     * household with a loan or savings in the group without a membership record; each with its loans through the
     * group and its savings balance in the group at the end of {@code asOf}, from the ledgers.
     */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long groupId, LocalDate asOf) {
        // balances from the loan module, the one place they come from; summed here per household
        Map<Long, long[]> loans = new HashMap<>();
        for (LoanBalances.Held held : balances.ofGroup(groupId, asOf)) {
            long[] sums = loans.computeIfAbsent(held.householdId(), k -> new long[3]);
            sums[0] += held.balance().outstanding().isPositive() ? 1 : 0;
            sums[1] += held.balance().outstanding().dong();
            sums[2] += held.balance().overdue().dong();
        }
        return jdbc.sql("""
                with savings as (
                    select s.household_id, sum(t.d_balance) as balance
                    from savings_account s
                    join savings_txn t on t.account_id = s.id
                    where s.group_id = :groupId and t.business_date <= :asOf
                    group by s.household_id
                ),
                membership as (
                    -- a household that left and joined again: its current (or latest) membership
                    select distinct on (m.household_id) m.household_id, m.id, m.joined_on, m.left_on
                    from group_member m
                    where m.group_id = :groupId
                    order by m.household_id, (m.left_on is null) desc, m.joined_on desc, m.id desc
                ),
                people as (
                    select household_id from membership
                    union select l.household_id from loan l where l.group_id = :groupId
                          and %s
                    union select household_id from savings
                )
                select ms.id as member_id, h.id as household_id, h.cccd, h.head_name, v.name as village_name,
                       ms.joined_on, ms.left_on, coalesce(sv.balance, 0) as savings
                from people p
                join household h on h.id = p.household_id
                join village v on v.id = h.village_id
                left join membership ms on ms.household_id = p.household_id
                left join savings sv on sv.household_id = p.household_id
                order by (ms.id is not null and ms.left_on is null) desc, h.search_name, h.id
                """.formatted(LedgerSql.HAS_ROWS_BY_AS_OF))
                .param("groupId", groupId)
                .param("asOf", asOf)
                .query((rs, n) -> {
                    long[] sums = loans.getOrDefault(rs.getLong("household_id"), new long[3]);
                    return new MemberRow(rs.getObject("member_id", Long.class), rs.getLong("household_id"),
                            rs.getString("cccd"), rs.getString("head_name"), rs.getString("village_name"),
                            rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                            sums[0], sums[1], sums[2], rs.getLong("savings"));
                }).list();
    }

    public List<RatingRow> ratings(long groupId) {
        return jdbc.sql("select year, rating, rated_on, note from group_rating where group_id = :groupId order by year desc")
                .param("groupId", groupId)
                .query(RatingRow.class).list();
    }

    /**
     * Households whose head's CCCD starts with the digits typed, or whose head's name contains the words typed (with or
     * without diacritics); those of the group's commune first.
     */
    @Transactional(readOnly = true)
    public List<HouseholdHit> findHouseholds(String q, int associationId, long communeId) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean digits = text.chars().allMatch(Character::isDigit);
        return jdbc.sql("""
                select h.id, h.cccd, h.head_name, h.category, v.name as village_name, c.id as commune_id,
                       c.name as commune_name, og.id as current_group_id, og.code as current_group_code
                from household h
                join village v on v.id = h.village_id
                join commune c on c.id = v.commune_id
                left join group_member m on m.household_id = h.id and m.left_on is null and m.association_id = :associationId
                left join savings_group og on og.id = m.group_id
                where (cast(:cccdPattern as varchar) is not null and h.cccd like :cccdPattern)
                   or (cast(:namePattern as varchar) is not null and h.search_name like :namePattern)
                order by (c.id = :communeId) desc, h.search_name, h.id
                limit 30
                """)
                .param("associationId", associationId)
                .param("communeId", communeId)
                .param("cccdPattern", digits ? text + "%" : null)
                .param("namePattern", digits ? null : "%" + likeEscaped(VietnameseText.fold(text)) + "%")
                .query(HouseholdHit.class).list();
    }

    /** Active villages of active communes, by commune then name. */
    public List<VillageChoice> villages() {
        return jdbc.sql("""
                select v.id, v.name, c.id as commune_id, c.name as commune_name
                from village v join commune c on c.id = v.commune_id
                where v.active and c.active
                order by c.name, c.id, v.name
                """).query(VillageChoice.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, GroupFilter filter, UserScope scope) {
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
        return sql
                .param("scopeAssociationId", scope.associationId())
                .param("scopeCommuneId", scope.communeId())
                .param("associationId", filter.associationId())
                .param("communeId", filter.communeId())
                .param("rating", filter.rating() == null ? null : filter.rating().name())
                .param("codePattern", q == null ? null : "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%")
                .param("namePattern", q == null ? null : "%" + likeEscaped(VietnameseText.fold(q)) + "%")
                .param("foldFrom", FOLD_FROM)
                .param("foldTo", FOLD_TO);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String folded(String letters) {
        StringBuilder plain = new StringBuilder();
        for (char letter : letters.toCharArray()) {
            plain.append(VietnameseText.fold(String.valueOf(letter)));
        }
        if (plain.length() != letters.length()) {
            throw new IllegalStateException("Each accented letter must fold to one letter");
        }
        return plain.toString();
    }
}

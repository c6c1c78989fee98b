package vn.vbsp.portal.savings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.UserScope;

/** Members' savings as other modules read them; a balance is the sum of the account's movements up to a day. */
@Service
public class SavingsBook {

    private final JdbcClient jdbc;

    SavingsBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household's savings accounts with their balances at the end of {@code asOf}. */
    @Transactional(readOnly = true)
    public List<SavingsLine> accountsOf(long householdId, LocalDate asOf) {
        return accountsOf(householdId, asOf, null);
    }

    /** Likewise, limited to the groups of an ASSOCIATION officer's organisation (and commune). */
    @Transactional(readOnly = true)
    public List<SavingsLine> accountsOf(long householdId, LocalDate asOf, UserScope scope) {
        return jdbc.sql("""
                        select s.id, s.household_id, g.id as group_id, g.code, g.name, a.code as association_code,
                               s.opened_on,
                               coalesce((select sum(t.d_balance) from savings_txn t
                                         where t.account_id = s.id and t.business_date <= :asOf), 0) as balance
                        from savings_account s
                        join savings_group g on g.id = s.group_id
                        join association a on a.id = g.association_id
                        join village v on v.id = g.village_id
                        where s.household_id = :householdId
                          and (cast(:associationId as integer) is null or g.association_id = :associationId)
                          and (cast(:communeId as bigint) is null or v.commune_id = :communeId)
                        order by s.opened_on, s.id
                        """)
                .param("asOf", asOf)
                .param("householdId", householdId)
                .param("associationId", scope == null ? null : scope.associationId())
                .param("communeId", scope == null ? null : scope.communeId())
                .query((rs, n) -> new SavingsLine(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("group_id"),
                        rs.getString("code"), rs.getString("name"), rs.getString("association_code"),
                        rs.getObject("opened_on", LocalDate.class), Money.of(rs.getLong("balance"))))
                .list();
    }

    /**
     * The savings of every member of the groups at the end of {@code asOf}, by household and group, with the deposit
     * expected at the next meeting (the latest deposit's amount). Members without an account are absent.
     */
    @Transactional(readOnly = true)
    public List<SavingsBalance> balancesInGroups(Collection<Long> groupIds, LocalDate asOf) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.household_id, s.group_id,
                               coalesce(sum(t.d_balance), 0) as balance,
                               coalesce((select d.amount from savings_txn d
                                         where d.account_id = s.id and d.kind = 'DEPOSIT' and d.business_date <= :asOf
                                           and not exists (select 1 from savings_txn r where r.reverses_id = d.id)
                                         order by d.business_date desc, d.id desc limit 1), 0) as expected
                        from savings_account s
                        left join savings_txn t on t.account_id = s.id and t.business_date <= :asOf
                        where s.group_id in (:groups)
                        group by s.id
                        """)
                .param("groups", groupIds).param("asOf", asOf)
                .query((rs, n) -> new SavingsBalance(rs.getLong("household_id"), rs.getLong("group_id"),
                        rs.getLong("id"), Money.of(rs.getLong("balance")), Money.of(rs.getLong("expected"))))
                .list();
    }

    /** A member's savings in the group at the end of {@code asOf}; zero without an account. */
    @Transactional(readOnly = true)
    public Money balance(long householdId, long groupId, LocalDate asOf) {
        return Money.of(jdbc.sql("""
                        select coalesce(sum(t.d_balance), 0) from savings_txn t
                        join savings_account s on s.id = t.account_id
                        where s.household_id = :h and s.group_id = :g and t.business_date <= :asOf
                        """).param("h", householdId).param("g", groupId).param("asOf", asOf).query(Long.class).single());
    }

    /** The members' savings of one group at the end of {@code asOf}. */
    @Transactional(readOnly = true)
    public Money groupTotal(long groupId, LocalDate asOf) {
        return Money.of(jdbc.sql("""
                        select coalesce(sum(t.d_balance), 0) from savings_txn t
                        join savings_account s on s.id = t.account_id
                        where s.group_id = :g and t.business_date <= :asOf
                        """).param("g", groupId).param("asOf", asOf).query(Long.class).single());
    }

    /** Every movement of the account, newest first, each with the balance after it. */
    @Transactional(readOnly = true)
    public List<SavingsMovement> history(long accountId) {
        return jdbc.sql("""
                        select t.id, t.account_id, t.business_date, t.kind, t.amount, t.d_balance, t.reverses_id,
                               exists (select 1 from savings_txn r where r.reverses_id = t.id) as reversed,
                               t.note, t.posted_by, t.posted_at,
                               sum(t.d_balance) over (order by t.business_date, t.id) as balance_after
                        from savings_txn t
                        where t.account_id = :a
                        order by t.business_date desc, t.id desc
                        """).param("a", accountId)
                .query((rs, n) -> new SavingsMovement(rs.getLong("id"), rs.getLong("account_id"),
                        rs.getObject("business_date", LocalDate.class), rs.getString("kind"),
                        Money.of(rs.getLong("amount")), Money.of(rs.getLong("d_balance")),
                        Money.of(rs.getLong("balance_after")), rs.getObject("reverses_id", Long.class),
                        rs.getBoolean("reversed"), rs.getString("note"), rs.getString("posted_by"),
                        rs.getObject("posted_at", OffsetDateTime.class)))
                .list();
    }
}

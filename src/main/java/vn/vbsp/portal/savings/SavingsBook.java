package vn.vbsp.portal.savings;

import java.time.LocalDate;
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
}

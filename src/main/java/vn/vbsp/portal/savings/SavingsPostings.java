package vn.vbsp.portal.savings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * The write side of members' savings: deposits, withdrawals (never above the balance) and reversals. The account row
 * is locked while a movement is checked and written, each movement carries a key so the same posting twice writes
 * once, and every movement is audited in the caller's transaction.
 */
@Service
public class SavingsPostings {

    private static final String ENTITY = "savings_account";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Formats fmt;
    private final Clock clock;

    private final JdbcTemplate batches;

    SavingsPostings(JdbcClient jdbc, JdbcTemplate batches, AuditTrail audit, Formats fmt, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.audit = audit;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** A deposit into the member's account in the group (opened on the day if it has none); answers the movement. */
    @Transactional
    public long deposit(long householdId, long groupId, LocalDate date, Money amount, String key, String by) {
        checkAmount(amount, date);
        Optional<Long> done = posted(key);
        if (done.isPresent()) {
            return done.get();
        }
        jdbc.sql("""
                insert into savings_account (household_id, group_id, opened_on) values (:h, :g, :d)
                on conflict (household_id, group_id) do nothing
                """).param("h", householdId).param("g", groupId).param("d", date).update();
        long account = lock(householdId, groupId).orElseThrow();
        return write(account, date, "DEPOSIT", amount, amount.dong(), null, key, null, by);
    }

    /** A withdrawal, refused above the balance at the end of the day. */
    @Transactional
    public long withdraw(long householdId, long groupId, LocalDate date, Money amount, String key, String by) {
        checkAmount(amount, date);
        Optional<Long> done = posted(key);
        if (done.isPresent()) {
            return done.get();
        }
        long account = lock(householdId, groupId)
                .orElseThrow(() -> new SavingsRefused("savings.error.no-account"));
        Money balance = balance(account, date);
        if (amount.compareTo(balance) > 0) {
            throw new SavingsRefused("savings.error.above-balance", fmt.money(amount), fmt.money(balance));
        }
        return write(account, date, "WITHDRAWAL", amount, -amount.dong(), null, key, null, by);
    }

    /** One member's movement of a batch: a deposit or a withdrawal; {@code key} (required) makes it idempotent. */
    public record Movement(long householdId, long groupId, boolean deposit, Money amount, String key) {
    }

    /** A movement of a batch the rules refuse: its key, and why; nothing of the batch was written. */
    public static final class MovementRefused extends SavingsRefused {

        private final String key;

        MovementRefused(String key, String messageKey, Object... arguments) {
            super(messageKey, arguments);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * Many movements on {@code date} at once (a sheet's), with the rules of {@link #deposit} and {@link #withdraw}
     * in the order given: accounts opened for deposits, the accounts locked in id order, each withdrawal checked
     * against the balance with the batch's earlier movements, the movements and their audit rows written in
     * batches. Answers each key's movement.
     */
    @Transactional
    public Map<String, Long> postAll(LocalDate date, List<Movement> movements, String by) {
        Map<String, Long> done = new HashMap<>();
        if (movements.isEmpty()) {
            return done;
        }
        movements.forEach(m -> checkAmount(m.amount(), date));
        jdbc.sql("select idempotency_key, id from savings_txn where idempotency_key in (:keys)")
                .param("keys", movements.stream().map(Movement::key).toList())
                .query(rs -> {
                    done.put(rs.getString(1), rs.getLong(2));
                });
        List<Movement> open = movements.stream().filter(m -> !done.containsKey(m.key())).toList();
        if (open.isEmpty()) {
            return done;
        }
        List<Object[]> opened = open.stream().filter(Movement::deposit)
                .map(m -> new Object[] {m.householdId(), m.groupId(), date}).toList();
        if (!opened.isEmpty()) {
            batches.batchUpdate("""
                    insert into savings_account (household_id, group_id, opened_on) values (?, ?, ?)
                    on conflict (household_id, group_id) do nothing
                    """, opened);
        }
        Map<String, Long> accounts = new HashMap<>();
        jdbc.sql("""
                select id, household_id, group_id from savings_account
                where household_id in (:households) and group_id in (:groups) order by id for update
                """).param("households", open.stream().map(Movement::householdId).distinct().toList())
                .param("groups", open.stream().map(Movement::groupId).distinct().toList())
                .query(rs -> {
                    accounts.put(rs.getLong("household_id") + ":" + rs.getLong("group_id"), rs.getLong("id"));
                });
        Map<Long, Long> balances = new HashMap<>();
        if (!accounts.isEmpty()) {
            jdbc.sql("""
                    select account_id, sum(d_balance) from savings_txn
                    where account_id in (:ids) and business_date <= :d group by account_id
                    """).param("ids", List.copyOf(accounts.values())).param("d", date)
                    .query(rs -> {
                        balances.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        List<Object[]> rows = new ArrayList<>();
        Map<Boolean, List<AuditTrail.Entry>> audits = new HashMap<>();
        for (Movement m : open) {
            Long account = accounts.get(m.householdId() + ":" + m.groupId());
            if (account == null) {
                throw new MovementRefused(m.key(), "savings.error.no-account");
            }
            long before = balances.getOrDefault(account, 0L);
            if (!m.deposit() && m.amount().dong() > before) {
                throw new MovementRefused(m.key(), "savings.error.above-balance", fmt.money(m.amount()),
                        fmt.money(Money.of(before)));
            }
            long change = m.deposit() ? m.amount().dong() : -m.amount().dong();
            balances.put(account, before + change);
            String kind = m.deposit() ? "DEPOSIT" : "WITHDRAWAL";
            rows.add(new Object[] {account, date, kind, m.amount().dong(), change, by, m.key()});
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("key", m.key());
            after.put("kind", kind);
            after.put("businessDate", date.toString());
            after.put("amount", m.amount().dong());
            after.put("balance", before + change);
            audits.computeIfAbsent(m.deposit(), k -> new ArrayList<>())
                    .add(new AuditTrail.Entry(account, Map.of("balance", before), after));
        }
        batches.batchUpdate("""
                insert into savings_txn (account_id, business_date, kind, amount, d_balance, posted_by, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.sql("select idempotency_key, id from savings_txn where idempotency_key in (:keys)")
                .param("keys", open.stream().map(Movement::key).toList())
                .query(rs -> {
                    done.put(rs.getString(1), rs.getLong(2));
                });
        audits.forEach((deposit, entries) -> audit.recordAllAs(by, deposit ? "SAVINGS_DEPOSIT" : "SAVINGS_WITHDRAWAL",
                ENTITY, entries));
        return done;
    }

    /** Undoes a deposit or withdrawal on {@code date}, with a reason; answers the reversal movement. */
    @Transactional
    public long reverse(long txnId, LocalDate date, String reason, String by) {
        String key = "REV:" + txnId;
        Optional<Long> done = posted(key);
        if (done.isPresent()) {
            return done.get();
        }
        record Original(long accountId, String kind, long amount, long change) {
        }
        Original original = jdbc.sql("""
                        select account_id, kind, amount, d_balance as change from savings_txn
                        where id = :id and kind <> 'REVERSAL'
                        """).param("id", txnId).query(Original.class).optional()
                .orElseThrow(() -> new SavingsRefused("savings.error.not-reversible"));
        jdbc.sql("select id from savings_account where id = :id for update").param("id", original.accountId())
                .query(Long.class).single();
        if (original.change() > 0 && balance(original.accountId(), date).dong() < original.change()) {
            throw new SavingsRefused("savings.error.reversal-above-balance");
        }
        return write(original.accountId(), date, "REVERSAL", Money.of(original.amount()), -original.change(), txnId,
                key, reason, by);
    }

    private long write(long account, LocalDate date, String kind, Money amount, long change, Long reverses, String key,
            String note, String by) {
        Money before = balance(account, date);
        long id = jdbc.sql("""
                        insert into savings_txn (account_id, business_date, kind, amount, d_balance, posted_by,
                                                 idempotency_key, reverses_id, note)
                        values (:a, :d, :kind, :amount, :change, :by, :key, :reverses, :note) returning id
                        """)
                .param("a", account).param("d", date).param("kind", kind).param("amount", amount.dong())
                .param("change", change).param("by", by).param("key", key).param("reverses", reverses)
                .param("note", note)
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("txn", id);
        after.put("kind", kind);
        after.put("businessDate", date.toString());
        after.put("amount", amount.dong());
        after.put("balance", before.dong() + change);
        audit.recordAs(by, "SAVINGS_" + kind, ENTITY, account, Map.of("balance", before.dong()), after);
        return id;
    }

    private Optional<Long> lock(long householdId, long groupId) {
        return jdbc.sql("select id from savings_account where household_id = :h and group_id = :g for update")
                .param("h", householdId).param("g", groupId).query(Long.class).optional();
    }

    private Optional<Long> posted(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from savings_txn where idempotency_key = :k").param("k", key).query(Long.class)
                .optional();
    }

    private Money balance(long account, LocalDate date) {
        return Money.of(jdbc.sql("""
                select coalesce(sum(d_balance), 0) from savings_txn where account_id = :a and business_date <= :d
                """).param("a", account).param("d", date).query(Long.class).single());
    }

    private void checkAmount(Money amount, LocalDate date) {
        if (amount == null || !amount.isPositive()) {
            throw new SavingsRefused("savings.error.amount-positive");
        }
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new SavingsRefused("savings.error.future-date");
        }
    }
}

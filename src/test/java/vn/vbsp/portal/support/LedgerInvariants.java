package vn.vbsp.portal.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger invariants over the whole book, straight from {@code loan_txn}: at the end of every day each loan moved,
 * principal disbursed (or brought in by an import as its opening balance) less repaid less written off (reversals
 * counted against what they reverse) equals the
 * outstanding, and 0 ≤ overdue, 0 ≤ frozen, overdue + frozen ≤ outstanding, interest owed ≥ 0.
 */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /** The (loan, day) pairs that break an invariant; {@code loanId} null for every loan. */
    public static long broken(JdbcClient jdbc, Long loanId) {
        return jdbc.sql("""
                with moves as (
                    select t.loan_id, t.business_date, t.d_outstanding, t.d_overdue, t.d_frozen, t.d_interest,
                           case coalesce(o.kind, t.kind) when 'DISBURSEMENT' then 1 when 'OPENING_BALANCE' then 1
                                when 'PRINCIPAL_REPAYMENT' then -1
                                when 'WRITE_OFF' then -1 else 0 end * t.amount * (case when t.kind = 'REVERSAL' then -1 else 1 end)
                               as d_principal
                    from loan_txn t left join loan_txn o on o.id = t.reverses_id
                    where cast(:loanId as bigint) is null or t.loan_id = :loanId),
                daily as (
                    select loan_id, business_date, sum(d_outstanding) o, sum(d_overdue) v, sum(d_frozen) f,
                           sum(d_interest) i, sum(d_principal) p
                    from moves group by loan_id, business_date),
                running as (
                    select sum(o) over w outstanding, sum(v) over w overdue, sum(f) over w frozen,
                           sum(i) over w interest, sum(p) over w principal
                    from daily window w as (partition by loan_id order by business_date))
                select count(*) from running
                where not (outstanding = principal and overdue >= 0 and frozen >= 0 and overdue + frozen <= outstanding
                           and interest >= 0)
                """).param("loanId", loanId).query(Long.class).single();
    }

    /** Ledger rows whose idempotency key is one of {@code keys} (a posting told done must be there exactly once). */
    public static long rowsWithKeys(JdbcClient jdbc, java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from loan_txn where idempotency_key in (:keys)").param("keys", keys)
                .query(Long.class).single();
    }
}

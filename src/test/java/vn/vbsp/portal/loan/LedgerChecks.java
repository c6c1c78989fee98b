package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold of a loan's ledger whatever happened to it: at the end of every day it moved, principal disbursed
 * less principal repaid less written off (reversals counted against what they reverse) equals the outstanding, and
 * 0 ≤ overdue, 0 ≤ frozen, overdue + frozen ≤ outstanding, interest owed ≥ 0. And what a past day shows does not
 * change when later days are posted.
 */
public final class LedgerChecks {

    private final JdbcClient jdbc;
    private final LoanBalances balances;
    private final long loanId;
    private final Map<LocalDate, Balance> seen = new LinkedHashMap<>();

    public LedgerChecks(JdbcClient jdbc, LoanBalances balances, long loanId) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.loanId = loanId;
    }

    /**
     * Checks the invariants on every day and that the days seen before {@code day} still show the same, then
     * remembers what {@code day} shows (later postings on the same day may still change it).
     */
    public void hold(LocalDate day) {
        long broken = jdbc.sql("""
                with moves as (
                    select t.business_date, t.d_outstanding, t.d_overdue, t.d_frozen, t.d_interest,
                           case coalesce(o.kind, t.kind) when 'DISBURSEMENT' then 1 when 'PRINCIPAL_REPAYMENT' then -1
                                when 'WRITE_OFF' then -1 else 0 end * t.amount * (case when t.kind = 'REVERSAL' then -1 else 1 end)
                               as d_principal
                    from loan_txn t left join loan_txn o on o.id = t.reverses_id
                    where t.loan_id = :loanId),
                daily as (
                    select business_date, sum(d_outstanding) o, sum(d_overdue) v, sum(d_frozen) f, sum(d_interest) i,
                           sum(d_principal) p
                    from moves group by business_date),
                running as (
                    select business_date, sum(o) over w outstanding, sum(v) over w overdue, sum(f) over w frozen,
                           sum(i) over w interest, sum(p) over w principal
                    from daily window w as (order by business_date))
                select count(*) from running
                where not (outstanding = principal and overdue >= 0 and frozen >= 0 and overdue + frozen <= outstanding
                           and interest >= 0)
                """).param("loanId", loanId).query(Long.class).single();
        assertThat(broken).as("days on which loan %d breaks the ledger invariants", loanId).isZero();
        seen.forEach((earlier, balance) -> {
            if (earlier.isBefore(day)) {
                assertThat(balances.asOf(loanId, earlier)).as("loan %d as of %s, after later postings", loanId, earlier)
                        .isEqualTo(balance);
            }
        });
        seen.put(day, balances.asOf(loanId, day));
    }

    long count(String kind) {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l and kind = :k").param("l", loanId).param("k", kind)
                .query(Long.class).single();
    }

    long sum(String kind) {
        return jdbc.sql("select coalesce(sum(amount), 0) from loan_txn where loan_id = :l and kind = :k").param("l", loanId)
                .param("k", kind).query(Long.class).single();
    }

    long rows() {
        return jdbc.sql("select count(*) from loan_txn where loan_id = :l").param("l", loanId).query(Long.class).single();
    }
}

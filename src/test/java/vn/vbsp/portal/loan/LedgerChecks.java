package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.LedgerInvariants;

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
        long broken = LedgerInvariants.broken(jdbc, loanId);
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

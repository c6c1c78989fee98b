package vn.vbsp.portal.loan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;

/**
 * The one place where a loan's balances come from: the sums of its ledger rows' deltas with a business date up to
 * the end of the day asked for. Every screen and every check asks here; a posting dated later cannot change what
 * an earlier day shows.
 */
@Service
public class LoanBalances {

    private static final String SUMS = """
            coalesce(sum(d_outstanding), 0) as outstanding, coalesce(sum(d_overdue), 0) as overdue,
            coalesce(sum(d_frozen), 0) as frozen, coalesce(sum(d_interest), 0) as interest
            """;

    private final JdbcClient jdbc;

    LoanBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The loan's balances at the end of {@code date}; zero before its first posting. */
    @Transactional(readOnly = true)
    public Balance asOf(long loanId, LocalDate date) {
        return jdbc.sql("select " + SUMS + " from loan_txn where loan_id = :loanId and business_date <= :date")
                .param("loanId", loanId).param("date", date)
                .query((rs, n) -> balance(rs)).single();
    }

    /** The balances of several loans at the end of {@code date}; a loan without postings maps to zero. */
    @Transactional(readOnly = true)
    public Map<Long, Balance> asOf(Collection<Long> loanIds, LocalDate date) {
        Map<Long, Balance> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select loan_id, " + SUMS + " from loan_txn where loan_id in (:ids) and business_date <= :date group by loan_id")
                .param("ids", loanIds).param("date", date)
                .query(rs -> {
                    result.put(rs.getLong("loan_id"), balance(rs));
                });
        loanIds.forEach(id -> result.putIfAbsent(id, Balance.ZERO));
        return result;
    }

    /** The balances of every loan whose status is ACTIVE, at the end of {@code date}. */
    @Transactional(readOnly = true)
    public Map<Long, Balance> activeAsOf(LocalDate date) {
        Map<Long, Balance> result = new HashMap<>();
        jdbc.sql("""
                select t.loan_id, %s
                from loan_txn t join loan l on l.id = t.loan_id
                where l.status = 'ACTIVE' and t.business_date <= :date
                group by t.loan_id
                """.formatted(SUMS))
                .param("date", date)
                .query(rs -> {
                    result.put(rs.getLong("loan_id"), balance(rs));
                });
        return result;
    }

    /**
     * The balance at the end of every day on which each loan moved, up to the end of {@code date}, set-wise: what
     * {@link #asOf} and {@link #daily} answer for one loan, for many at once (a day's balance holds until the next).
     */
    @Transactional(readOnly = true)
    public Map<Long, NavigableMap<LocalDate, Balance>> history(Collection<Long> loanIds, LocalDate date) {
        Map<Long, NavigableMap<LocalDate, Balance>> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select loan_id, business_date,
                       sum(sum(d_outstanding)) over w as outstanding, sum(sum(d_overdue)) over w as overdue,
                       sum(sum(d_frozen)) over w as frozen, sum(sum(d_interest)) over w as interest
                from loan_txn
                where loan_id in (:ids) and business_date <= :date
                group by loan_id, business_date
                window w as (partition by loan_id order by business_date)
                """)
                .param("ids", loanIds).param("date", date)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("loan_id"), id -> new TreeMap<>())
                            .put(rs.getObject("business_date", LocalDate.class), balance(rs));
                });
        return result;
    }

    /**
     * The balances held day by day over [{@code from}, {@code to}): the balance at the end of {@code from}, then one
     * entry for each later day before {@code to} on which something was posted. A balance holds from its day until
     * the next entry's day; that is how interest counts it.
     */
    @Transactional(readOnly = true)
    public List<BalanceOnDay> daily(long loanId, LocalDate from, LocalDate to) {
        List<BalanceOnDay> days = new ArrayList<>();
        days.add(new BalanceOnDay(from, asOf(loanId, from)));
        jdbc.sql("""
                select business_date,
                       sum(sum(d_outstanding)) over w as outstanding, sum(sum(d_overdue)) over w as overdue,
                       sum(sum(d_frozen)) over w as frozen, sum(sum(d_interest)) over w as interest
                from loan_txn
                where loan_id = :loanId and business_date < :to
                group by business_date
                window w as (order by business_date)
                order by business_date
                """)
                .param("loanId", loanId).param("to", to)
                .query(rs -> {
                    LocalDate day = rs.getObject("business_date", LocalDate.class);
                    if (day.isAfter(from)) {
                        days.add(new BalanceOnDay(day, balance(rs)));
                    }
                });
        return days;
    }

    private static Balance balance(ResultSet rs) throws SQLException {
        return new Balance(Money.of(rs.getLong("outstanding")), Money.of(rs.getLong("overdue")),
                Money.of(rs.getLong("frozen")), Money.of(rs.getLong("interest")));
    }
}

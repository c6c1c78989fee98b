package vn.vbsp.portal.report.domain;

import java.time.LocalDate;

/**
 * The SQL that gives each loan's balances at the end of a day: a month-end snapshot plus the ledger rows dated
 * after it up to the day, or the ledger rows alone. Dates are written into the SQL as literals (a
 * {@link LocalDate} prints only digits and dashes) so that PostgreSQL plans each range for what it really spans.
 */
public final class BalanceSql {

    private BalanceSql() {
    }

    /**
     * A common table expression {@code balance(loan_id, outstanding, overdue, frozen, interest)} holding every loan
     * with a non-zero balance at the end of {@code asOf}.
     *
     * @param snapshot a valid snapshot on or before {@code asOf}, or null to read the ledger alone
     */
    public static String cte(LocalDate snapshot, LocalDate asOf) {
        if (snapshot != null && snapshot.isAfter(asOf)) {
            throw new IllegalArgumentException("snapshot " + snapshot + " is after " + asOf);
        }
        if (snapshot != null && snapshot.equals(asOf)) {
            return """
                    balance as (
                        select loan_id, outstanding, overdue, frozen, interest
                        from report_balance_snapshot where as_of = %s
                    )""".formatted(literal(snapshot));
        }
        String ledger = snapshot == null
                ? "business_date <= " + literal(asOf)
                : "business_date > " + literal(snapshot) + " and business_date <= " + literal(asOf);
        String fromSnapshot = snapshot == null ? "" : """
                        select loan_id, outstanding, overdue, frozen, interest
                        from report_balance_snapshot where as_of = %s
                        union all
                """.formatted(literal(snapshot));
        return """
                balance as (
                    select loan_id, sum(outstanding) as outstanding, sum(overdue) as overdue, sum(frozen) as frozen,
                           sum(interest) as interest
                    from (
                %s        select loan_id, d_outstanding, d_overdue, d_frozen, d_interest
                        from loan_txn where %s
                    ) moves (loan_id, outstanding, overdue, frozen, interest)
                    group by loan_id
                    having sum(outstanding) <> 0 or sum(overdue) <> 0 or sum(frozen) <> 0 or sum(interest) <> 0
                )""".formatted(fromSnapshot, ledger);
    }

    public static String literal(LocalDate date) {
        return "date '" + date + "'";
    }
}

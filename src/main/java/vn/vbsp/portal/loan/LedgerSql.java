package vn.vbsp.portal.loan;

import java.time.LocalDate;

/**
 * The loan module's set-wise SQL over the ledger, for the reports and the other modules' lists (they may not name the
 * ledger themselves). The SQL that gives each loan's balances at the end of a day: a snapshot plus the ledger rows dated after it up to
 * the day, or the ledger rows alone. Dates are written into the SQL as literals (a {@link LocalDate} prints only
 * digits and dashes) so that PostgreSQL plans each range for what it really spans.
 */
public final class LedgerSql {

    private LedgerSql() {
    }

    /** The loan's keys a report groups by, as {@code balance} and {@code aged} carry them. */
    public static final String KEYS = "household_id, commune_id, programme_id, association_id, group_id";

    /**
     * A common table expression {@code balance(loan_id, household_id, commune_id, programme_id, association_id,
     * group_id, outstanding, overdue, frozen, interest, overdue_since, interest_since, touched)}: every loan the
     * snapshot or the ledger rows since know, with its keys and its balances at the end of {@code asOf} (possibly all
     * zero: callers keep the rows they want). The ages come from the snapshot and hold only for loans not
     * {@code touched} by a ledger row after it.
     *
     * @param snapshot a valid snapshot on or before {@code asOf}, or null to read the ledger alone
     */
    public static String cte(LocalDate snapshot, LocalDate asOf) {
        if (snapshot != null && snapshot.isAfter(asOf)) {
            throw new IllegalArgumentException("snapshot " + snapshot + " is after " + asOf);
        }
        if (snapshot == null) {
            return """
                    balance as (
                        select m.loan_id, l.household_id, l.commune_id, l.programme_id, l.association_id, l.group_id,
                               m.outstanding, m.overdue, m.frozen, m.interest,
                               null::date as overdue_since, null::date as interest_since, true as touched
                        from (select loan_id, sum(d_outstanding)::bigint as outstanding, sum(d_overdue)::bigint as overdue,
                                     sum(d_frozen)::bigint as frozen, sum(d_interest)::bigint as interest
                              from loan_txn where business_date <= %s
                              group by loan_id) m
                        join loan l on l.id = m.loan_id
                    )""".formatted(literal(asOf));
        }
        if (snapshot.equals(asOf)) {
            return """
                    balance as (
                        select loan_id, %s, outstanding, overdue, frozen, interest, overdue_since, interest_since,
                               false as touched
                        from report_balance_snapshot where as_of = %s
                    )""".formatted(KEYS, literal(snapshot));
        }
        return """
                balance as (
                    select coalesce(s.loan_id, d.loan_id) as loan_id,
                           coalesce(s.household_id, d.household_id) as household_id,
                           coalesce(s.commune_id, d.commune_id) as commune_id,
                           coalesce(s.programme_id, d.programme_id) as programme_id,
                           case when s.loan_id is null then d.association_id else s.association_id end as association_id,
                           case when s.loan_id is null then d.group_id else s.group_id end as group_id,
                           coalesce(s.outstanding, 0) + coalesce(d.outstanding, 0) as outstanding,
                           coalesce(s.overdue, 0) + coalesce(d.overdue, 0) as overdue,
                           coalesce(s.frozen, 0) + coalesce(d.frozen, 0) as frozen,
                           coalesce(s.interest, 0) + coalesce(d.interest, 0) as interest,
                           s.overdue_since, s.interest_since, d.loan_id is not null as touched
                    from (select loan_id, %1$s, outstanding, overdue, frozen, interest, overdue_since, interest_since
                          from report_balance_snapshot where as_of = %2$s) s
                    full join (select m.loan_id, l.household_id, l.commune_id, l.programme_id, l.association_id, l.group_id,
                                      m.outstanding, m.overdue, m.frozen, m.interest
                               from (select loan_id, sum(d_outstanding)::bigint as outstanding,
                                            sum(d_overdue)::bigint as overdue, sum(d_frozen)::bigint as frozen,
                                            sum(d_interest)::bigint as interest
                                     from loan_txn where business_date > %2$s and business_date <= %3$s
                                     group by loan_id) m
                               join loan l on l.id = m.loan_id) d on d.loan_id = s.loan_id
                )""".formatted(KEYS, literal(snapshot), literal(asOf));
    }

    /**
     * {@link #cte} followed by {@code aged(loan_id, household_id, commune_id, programme_id, association_id, group_id,
     * outstanding, overdue, frozen, interest, overdue_since, interest_since)}: the balances with the ages of overdue principal and unpaid interest, first in first out. Every
     * decrease of overdue principal settles the oldest transfer still open, every interest payment the oldest charge;
     * the date of the oldest one still open is the age. Worked out from the ledger only for the loans touched since the
     * snapshot (all of them without one); the others keep the snapshot's.
     */
    public static String agedCte(LocalDate snapshot, LocalDate asOf) {
        String day = literal(asOf);
        return cte(snapshot, asOf) + """
                , late_touched as (
                    select loan_id, overdue, interest from balance where touched and (overdue > 0 or interest > 0)
                ), principal_moves as (
                    select t.loan_id, t.business_date, t.d_overdue,
                           sum(greatest(t.d_overdue, 0)) over (partition by t.loan_id order by t.business_date, t.id) as added,
                           sum(least(t.d_overdue, 0)) over (partition by t.loan_id) as removed
                    from loan_txn t
                    where t.d_overdue <> 0 and t.business_date <= %1$s
                      and t.loan_id in (select loan_id from late_touched where overdue > 0)
                ), principal_since as (
                    select loan_id, min(business_date) as since from principal_moves
                    where d_overdue > 0 and added > -removed group by loan_id
                ), interest_moves as (
                    select t.loan_id, t.business_date, t.d_interest,
                           sum(greatest(t.d_interest, 0)) over (partition by t.loan_id order by t.business_date, t.id) as added,
                           sum(least(t.d_interest, 0)) over (partition by t.loan_id) as removed
                    from loan_txn t
                    where t.d_interest <> 0 and t.business_date <= %1$s
                      and t.loan_id in (select loan_id from late_touched where interest > 0)
                ), interest_since as (
                    select loan_id, min(business_date) as since from interest_moves
                    where d_interest > 0 and added > -removed group by loan_id
                ), aged as (
                    select b.loan_id, b.household_id, b.commune_id, b.programme_id, b.association_id, b.group_id,
                           b.outstanding, b.overdue, b.frozen, b.interest,
                           case when b.overdue <= 0 then null when b.touched then ps.since else b.overdue_since end as overdue_since,
                           case when b.interest <= 0 then null when b.touched then si.since else b.interest_since end as interest_since
                    from balance b
                    left join principal_since ps on ps.loan_id = b.loan_id
                    left join interest_since si on si.loan_id = b.loan_id
                )""".formatted(day);
    }

    /**
     * A condition on a loan aliased {@code l}: it has at least one ledger row dated on or before the named parameter
     * {@code :asOf}.
     */
    public static final String HAS_ROWS_BY_AS_OF =
            "exists (select 1 from loan_txn t where t.loan_id = l.id and t.business_date <= :asOf)";

    /**
     * A select of {@code (association_id, commune_id, outstanding, overdue)}: the loans entrusted to an organisation,
     * their balances summed per organisation and commune at the end of the named parameter {@code :asOf}.
     */
    public static final String ENTRUSTED_BY_ASSOCIATION_AND_COMMUNE = """
            select l.association_id, l.commune_id, sum(t.d_outstanding) as outstanding, sum(t.d_overdue) as overdue
            from loan l
            join loan_txn t on t.loan_id = l.id
            where l.association_id is not null and t.business_date <= :asOf
            group by l.association_id, l.commune_id""";

    public static String literal(LocalDate date) {
        return "date '" + date + "'";
    }
}

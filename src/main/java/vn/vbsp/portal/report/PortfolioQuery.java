package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.report.domain.LedgerReads;
import vn.vbsp.portal.report.domain.LoanConditions;
import vn.vbsp.portal.user.UserScope;

/**
 * Outstanding, overdue and frozen principal at the end of a day, from the ledger: the sum of each loan's movements up
 * to that day (read from a month-end snapshot plus the rows since, see {@link LedgerReads}). Later postings with
 * later business dates cannot change a past date's figures.
 */
@Service
public class PortfolioQuery {

    private final JdbcClient jdbc;
    private final LedgerReads reads;

    PortfolioQuery(JdbcClient jdbc, LedgerReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /**
     * One row per key with a loan outstanding on {@code asOf}, within the user's scope, and the total of those rows
     * (households counted once even when they borrow under several keys).
     */
    public PortfolioReport portfolio(LocalDate asOf, Breakdown by, UserScope scope) {
        return portfolio(asOf, by, scope, ReportFilter.NONE);
    }

    /** The same, narrowed by {@code filter}. */
    public PortfolioReport portfolio(LocalDate asOf, Breakdown by, UserScope scope, ReportFilter filter) {
        return reads.read(asked("portfolio", by, scope, filter), List.of(asOf), () -> query(asOf, by, scope, filter));
    }

    /** The report for {@code asOf} with the same report at the start of the year and a year before. */
    public PortfolioComparison compared(LocalDate asOf, Breakdown by, UserScope scope, ReportFilter filter) {
        LocalDate yearStart = PortfolioComparison.yearStartFor(asOf);
        LocalDate yearAgo = asOf.minusYears(1);
        return reads.read(asked("compared", by, scope, filter), List.of(yearAgo, yearStart, asOf), () -> new PortfolioComparison(
                query(asOf, by, scope, filter), query(yearStart, by, scope, filter), query(yearAgo, by, scope, filter)));
    }

    /** What a report asks besides its dates, for the memo: the query depends on the scope's ids, not its role. */
    private static List<Object> asked(String report, Breakdown by, UserScope scope, ReportFilter filter) {
        return java.util.Arrays.asList(report, by, scope.associationId(), scope.communeId(), filter);
    }

    private PortfolioReport query(LocalDate asOf, Breakdown by, UserScope scope, ReportFilter filter) {
        LoanConditions where = LoanConditions.of("b", scope, filter);
        // summed by key ids first (households counted once per key, then once in all), named afterwards
        String sql = "with " + reads.balanceAt(asOf) + """
                , keyed as (
                    select %1$s as key, b.household_id, b.outstanding, b.overdue, b.frozen
                    from balance b
                    where b.outstanding > 0 %2$s
                ), amounts as (
                    select key, count(*) as loans, sum(outstanding) as outstanding, sum(overdue) as overdue,
                           sum(frozen) as frozen
                    from keyed group by key
                ), households as (
                    select key, count(*) as households from (select distinct key, household_id from keyed) d group by key
                ), agg as (
                    select 0 as total, m.key, h.households, m.loans, m.outstanding, m.overdue, m.frozen
                    from amounts m join households h on coalesce(h.key, -1) = coalesce(m.key, -1)
                    union all
                    select 1, null, (select count(*) from (select distinct household_id from keyed) d),
                           coalesce(sum(loans), 0), coalesce(sum(outstanding), 0), coalesce(sum(overdue), 0),
                           coalesce(sum(frozen), 0)
                    from amounts
                )
                select case when agg.total = 1 then 'TOTAL' else %3$s end as code,
                       case when agg.total = 1 then 'Tổng cộng' else %4$s end as name,
                       agg.households, agg.loans::bigint as loans, agg.outstanding::bigint as outstanding,
                       agg.overdue::bigint as overdue, agg.frozen::bigint as frozen
                from agg %5$s
                order by agg.total, 1
                """.formatted(by.keySql, where.sql(), by.codeSql, by.nameSql, by.joinSql);
        List<PortfolioRow> rows = new ArrayList<>(where.bind(jdbc.sql(sql))
                .query(PortfolioRow.class)
                .list());
        PortfolioRow total = rows.remove(rows.size() - 1);
        return new PortfolioReport(asOf, by, List.copyOf(rows), total);
    }
}

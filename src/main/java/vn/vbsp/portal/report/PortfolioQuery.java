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
        return reads.read(List.of(asOf), () -> query(asOf, by, scope, filter));
    }

    /** The report for {@code asOf} with the same report at the start of the year and a year before. */
    public PortfolioComparison compared(LocalDate asOf, Breakdown by, UserScope scope, ReportFilter filter) {
        LocalDate yearStart = PortfolioComparison.yearStartFor(asOf);
        LocalDate yearAgo = asOf.minusYears(1);
        return reads.read(List.of(yearAgo, yearStart, asOf), () -> new PortfolioComparison(
                query(asOf, by, scope, filter), query(yearStart, by, scope, filter), query(yearAgo, by, scope, filter)));
    }

    private PortfolioReport query(LocalDate asOf, Breakdown by, UserScope scope, ReportFilter filter) {
        LoanConditions where = LoanConditions.of("b", scope, filter);
        String sql = "with " + reads.balanceAt(asOf) + """
                , keyed as (
                    select %s as code, %s as name, b.household_id, b.outstanding, b.overdue, b.frozen
                    from balance b
                    join commune c on c.id = b.commune_id
                    join programme p on p.id = b.programme_id
                    left join association a on a.id = b.association_id
                    left join savings_group g on g.id = b.group_id
                    left join transaction_point tp on tp.commune_id = b.commune_id
                    where b.outstanding > 0 %s
                )
                select case when grouping(code) = 1 then 'TOTAL' else code end as code,
                       case when grouping(code) = 1 then 'Tổng cộng' else name end as name,
                       count(distinct household_id) as households, count(*) as loans,
                       coalesce(sum(outstanding), 0) as outstanding, coalesce(sum(overdue), 0) as overdue,
                       coalesce(sum(frozen), 0) as frozen
                from keyed
                group by grouping sets ((code, name), ())
                order by grouping(code), code
                """.formatted(by.codeSql, by.nameSql, where.sql());
        List<PortfolioRow> rows = new ArrayList<>(where.bind(jdbc.sql(sql))
                .query(PortfolioRow.class)
                .list());
        PortfolioRow total = rows.remove(rows.size() - 1);
        return new PortfolioReport(asOf, by, List.copyOf(rows), total);
    }
}

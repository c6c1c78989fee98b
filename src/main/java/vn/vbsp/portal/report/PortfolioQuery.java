package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * Outstanding, overdue and frozen principal at the end of a day, straight from the ledger: the sum of each loan's
 * movements up to that day. Later postings with later business dates cannot change a past date's figures.
 */
@Service
public class PortfolioQuery {

    private final JdbcClient jdbc;

    PortfolioQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per key with a loan outstanding on {@code asOf}, within the user's scope, and the total of those rows
     * (households counted once even when they borrow under several keys).
     */
    @Transactional(readOnly = true)
    public PortfolioReport portfolio(LocalDate asOf, Breakdown by, UserScope scope) {
        String sql = """
                with balance as (
                    select loan_id, sum(d_outstanding) as outstanding, sum(d_overdue) as overdue, sum(d_frozen) as frozen
                    from loan_txn
                    where business_date <= :asOf
                    group by loan_id
                    having sum(d_outstanding) > 0
                ), keyed as (
                    select %s as code, %s as name, l.household_id, b.outstanding, b.overdue, b.frozen
                    from balance b
                    join loan l on l.id = b.loan_id
                    join commune c on c.id = l.commune_id
                    join programme p on p.id = l.programme_id
                    left join association a on a.id = l.association_id
                    left join savings_group g on g.id = l.group_id
                    where (cast(:associationId as integer) is null or l.association_id = :associationId)
                      and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                )
                select case when grouping(code) = 1 then 'TOTAL' else code end as code,
                       case when grouping(code) = 1 then 'Tổng cộng' else name end as name,
                       count(distinct household_id) as households, count(*) as loans,
                       coalesce(sum(outstanding), 0) as outstanding, coalesce(sum(overdue), 0) as overdue,
                       coalesce(sum(frozen), 0) as frozen
                from keyed
                group by grouping sets ((code, name), ())
                order by grouping(code), code
                """.formatted(by.codeSql, by.nameSql);
        List<PortfolioRow> rows = new ArrayList<>(jdbc.sql(sql)
                .param("asOf", asOf)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(PortfolioRow.class)
                .list());
        PortfolioRow total = rows.remove(rows.size() - 1);
        return new PortfolioReport(asOf, by, List.copyOf(rows), total);
    }
}

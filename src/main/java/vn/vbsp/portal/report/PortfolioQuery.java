package vn.vbsp.portal.report;

import java.time.LocalDate;
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

    @Transactional(readOnly = true)
    public PortfolioReport portfolio(LocalDate asOf, Breakdown by, UserScope scope) {
        String sql = """
                with balance as (
                    select loan_id, sum(d_outstanding) as outstanding, sum(d_overdue) as overdue, sum(d_frozen) as frozen
                    from loan_txn
                    where business_date <= :asOf
                    group by loan_id
                )
                select %s as code, %s as name,
                       count(distinct l.household_id) as households, count(*) as loans,
                       sum(b.outstanding) as outstanding, sum(b.overdue) as overdue, sum(b.frozen) as frozen
                from balance b
                join loan l on l.id = b.loan_id
                join commune c on c.id = l.commune_id
                join programme p on p.id = l.programme_id
                left join association a on a.id = l.association_id
                left join savings_group g on g.id = l.group_id
                where b.outstanding > 0
                  and (cast(:associationId as integer) is null or l.association_id = :associationId)
                  and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                group by 1, 2
                order by 1
                """.formatted(by.codeSql, by.nameSql);
        List<PortfolioRow> rows = jdbc.sql(sql)
                .param("asOf", asOf)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(PortfolioRow.class)
                .list();
        return new PortfolioReport(asOf, by, rows, total(rows, scope, asOf));
    }

    private PortfolioRow total(List<PortfolioRow> rows, UserScope scope, LocalDate asOf) {
        // households are counted once even when they borrow under several keys
        long households = jdbc.sql("""
                select count(distinct l.household_id)
                from loan l
                where (cast(:associationId as integer) is null or l.association_id = :associationId)
                  and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                  and (select sum(d_outstanding) from loan_txn t where t.loan_id = l.id and t.business_date <= :asOf) > 0
                """)
                .param("asOf", asOf)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(Long.class).single();
        return new PortfolioRow("TOTAL", "Tổng cộng", households,
                rows.stream().mapToLong(PortfolioRow::loans).sum(),
                rows.stream().mapToLong(PortfolioRow::outstanding).sum(),
                rows.stream().mapToLong(PortfolioRow::overdue).sum(),
                rows.stream().mapToLong(PortfolioRow::frozen).sum());
    }
}

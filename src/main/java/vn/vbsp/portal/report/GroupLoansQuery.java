package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.report.domain.LedgerReads;
import vn.vbsp.portal.report.domain.LoanConditions;
import vn.vbsp.portal.user.UserScope;

/** The last step of the portfolio report's drill-down: a group's loans with their balances on a date. */
@Service
public class GroupLoansQuery {

    private final JdbcClient jdbc;
    private final LedgerReads reads;

    GroupLoansQuery(JdbcClient jdbc, LedgerReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** The group's loans outstanding on {@code asOf}; empty when there is no such group within the user's scope. */
    public Optional<GroupLoans> group(LocalDate asOf, String code, UserScope scope, ReportFilter filter) {
        boolean direct = "DIRECT".equalsIgnoreCase(code);
        if (direct && !scope.isWholeOffice()) {
            return Optional.empty();
        }
        record Header(String code, String name, String association, String commune, String village, int associationId,
                long communeId) {
        }
        Optional<Header> header = direct ? Optional.of(new Header("DIRECT", null, null, null, null, 0, 0))
                : jdbc.sql("""
                        select g.code, g.name, a.name as association, c.name as commune, v.name as village,
                               g.association_id, v.commune_id
                        from savings_group g join association a on a.id = g.association_id
                        join village v on v.id = g.village_id join commune c on c.id = v.commune_id
                        where g.code = :code""").param("code", code).query(Header.class).optional()
                        .filter(h -> scope.covers(h.associationId(), h.communeId()));
        return header.map(h -> reads.read(List.of(asOf), () -> {
            List<LoanBalance> loans = loans(asOf, h.code(), scope, filter);
            return new GroupLoans(asOf, h.code(), h.name(), h.association(), h.commune(), h.village(), loans,
                    loans.stream().mapToLong(LoanBalance::householdId).distinct().count(),
                    loans.stream().mapToLong(LoanBalance::outstanding).sum(),
                    loans.stream().mapToLong(LoanBalance::overdue).sum(),
                    loans.stream().mapToLong(LoanBalance::frozen).sum(),
                    loans.stream().mapToLong(LoanBalance::interest).sum());
        }));
    }

    private List<LoanBalance> loans(LocalDate asOf, String code, UserScope scope, ReportFilter filter) {
        LoanConditions where = LoanConditions.of("b", scope, new ReportFilter(filter.commune(), null, filter.programme()));
        return where.bind(jdbc.sql("with " + reads.balanceAt(asOf) + """
                select l.id as loan_id, l.loan_no, l.household_id, h.head_name as household_name, p.code as programme_code,
                       p.name as programme_name, l.principal, l.disbursed_on, l.maturity_on,
                       b.outstanding, b.overdue, b.frozen, greatest(b.interest, 0) as interest
                from balance b
                join loan l on l.id = b.loan_id
                join household h on h.id = b.household_id
                join programme p on p.id = b.programme_id
                join commune c on c.id = b.commune_id
                left join savings_group g on g.id = b.group_id
                where b.outstanding > 0
                  and %s %s
                order by h.search_name, l.loan_no
                """.formatted("DIRECT".equals(code) ? "b.group_id is null" : "g.code = :code", where.sql())))
                .param("code", code)
                .query(LoanBalance.class)
                .list();
    }
}

package vn.vbsp.portal.loan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.UserScope;

/**
 * The loan book as other modules read it: a household's loans with their balances, a loan's schedule and its ledger.
 * Balances are always the sums of the ledger's deltas up to the end of the day asked for.
 */
@Service
public class LoanBook {

    private static final String LOAN_SELECT = """
            select l.id, l.loan_no, l.household_id, p.code as programme_code, p.name as programme_name,
                   l.association_id, a.code as association_code, l.group_id, g.code as group_code, g.name as group_name,
                   l.commune_id, l.principal, l.disbursed_on, l.maturity_on, l.status
            from loan l
            join programme p on p.id = l.programme_id
            left join association a on a.id = l.association_id
            left join savings_group g on g.id = l.group_id
            """;

    private static final RowMapper<LoanLine> LOAN = (rs, n) -> new LoanLine(
            rs.getLong("id"), rs.getString("loan_no"), rs.getLong("household_id"), rs.getString("programme_code"),
            rs.getString("programme_name"), rs.getObject("association_id", Integer.class),
            rs.getString("association_code"), rs.getObject("group_id", Long.class), rs.getString("group_code"),
            rs.getString("group_name"), rs.getLong("commune_id"), money(rs, "principal"),
            rs.getObject("disbursed_on", LocalDate.class), rs.getObject("maturity_on", LocalDate.class),
            rs.getString("status"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    private final JdbcClient jdbc;
    private final LoanBalances balances;
    private final Schedules schedules;
    private final Clock clock;

    LoanBook(JdbcClient jdbc, LoanBalances balances, Schedules schedules, Clock clock) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** Every loan of the household, newest first, with balances at the end of {@code asOf}. */
    @Transactional(readOnly = true)
    public List<LoanLine> loansOf(long householdId, LocalDate asOf) {
        return loansOf(householdId, asOf, null);
    }

    /**
     * The household's loans that the scope covers: all of them for the office, only those of the officer's
     * organisation (and commune) for an ASSOCIATION officer, never a direct loan.
     */
    @Transactional(readOnly = true)
    public List<LoanLine> loansOf(long householdId, LocalDate asOf, UserScope scope) {
        List<LoanLine> loans = jdbc.sql(LOAN_SELECT + """
                        where l.household_id = :householdId
                          and (cast(:associationId as integer) is null or l.association_id = :associationId)
                          and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                        order by l.disbursed_on desc, l.id desc
                        """)
                .param("householdId", householdId)
                .param("associationId", scope == null ? null : scope.associationId())
                .param("communeId", scope == null ? null : scope.communeId())
                .query(LOAN).list();
        Map<Long, Balance> onDay = balances.asOf(loans.stream().map(LoanLine::id).toList(), asOf);
        return loans.stream().map(loan -> loan.with(onDay.get(loan.id()))).toList();
    }

    /** One loan with its balances at the end of {@code asOf}; callers check its household and scope. */
    @Transactional(readOnly = true)
    public Optional<LoanLine> loan(long loanId, LocalDate asOf) {
        return jdbc.sql(LOAN_SELECT + " where l.id = :loanId")
                .param("loanId", loanId)
                .query(LOAN).optional()
                .map(loan -> loan.with(balances.asOf(loanId, asOf)));
    }

    /** The repayment schedule in due order as it stands today. */
    @Transactional(readOnly = true)
    public List<InstalmentLine> schedule(long loanId) {
        return schedule(loanId, LocalDate.now(clock));
    }

    /** The repayment schedule in due order as it stands at the end of {@code asOf} ({@link Schedules}). */
    @Transactional(readOnly = true)
    public List<InstalmentLine> schedule(long loanId, LocalDate asOf) {
        return schedules.of(loanId, asOf);
    }

    /** Every ledger row of the loan, newest first, each with the outstanding principal after it. */
    @Transactional(readOnly = true)
    public List<LedgerLine> transactions(long loanId) {
        return jdbc.sql("""
                        select t.id, t.business_date, t.kind, t.amount, t.d_outstanding, t.d_overdue, t.d_frozen,
                               t.d_interest, t.reverses_id, t.reference, t.note, t.posted_by, t.posted_at,
                               sum(t.d_outstanding) over (order by t.business_date, t.id) as outstanding_after
                        from loan_txn t
                        where t.loan_id = :loanId
                        order by t.business_date desc, t.id desc
                        """)
                .param("loanId", loanId)
                .query((rs, n) -> new LedgerLine(rs.getLong("id"), rs.getObject("business_date", LocalDate.class),
                        rs.getString("kind"), money(rs, "amount"), money(rs, "d_outstanding"),
                        money(rs, "d_overdue"), money(rs, "d_frozen"), money(rs, "d_interest"),
                        rs.getObject("reverses_id", Long.class), rs.getString("reference"), rs.getString("note"),
                        rs.getString("posted_by"), rs.getObject("posted_at", OffsetDateTime.class),
                        money(rs, "outstanding_after")))
                .list();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getLong(column));
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.VietnameseText;
import vn.vbsp.portal.user.UserScope;

/**
 * The loan screens: the list, and a loan's page with its schedule, ledger and decisions. Balances always come from
 * {@link LoanBalances}; an ASSOCIATION officer's scope is part of every query.
 */
@Service
public class LoanQuery {

    public record Row(long id, String loanNo, String headName, String cccd, String communeName, String groupName,
            String programmeCode, long principal, LocalDate disbursedOn, LocalDate maturityOn, String status) {
    }

    /** A list row with its balances at the end of the day the list is for. */
    public record Line(Row loan, Balance balance) {
    }

    public record View(long id, String loanNo, Long applicationId, long householdId, String headName, String cccd,
            String communeName, Long groupId, String groupName, Integer associationId, String associationName,
            int programmeId, String programmeCode, String programmeName, long principal, LocalDate disbursedOn,
            LocalDate maturityOn, int instalmentMonths, String purpose, String status, boolean imported) {
    }

    public record LedgerRow(long id, LocalDate businessDate, String kind, Money amount, Money dOutstanding,
            Money dOverdue, Money dFrozen, Money dInterest, Integer instalmentSeq, Long reversesId, boolean reversed, String reference,
            String note, String postedBy, OffsetDateTime postedAt) {
    }

    public record DecisionRow(long id, String kind, String decisionNo, String reason, Long amount, LocalDate effectiveOn,
            Integer instalmentSeq, LocalDate newDueOn, Integer newIntervalMonths, String preparedBy, String approvedBy,
            OffsetDateTime approvedAt, String status, String rejectionReason) {
    }

    public record UseCheckRow(LocalDate dueBy, LocalDate checkedOn, Boolean usedAsIntended, String checker, String note) {
    }

    static final String SCOPE = """
            (cast(:associationId as integer) is null or l.association_id = :associationId)
            and (cast(:scopeCommuneId as bigint) is null or l.commune_id = :scopeCommuneId)
            """;

    private final JdbcClient jdbc;
    private final LoanBalances balances;
    private final ScheduledInstalmentRepository instalments;

    LoanQuery(JdbcClient jdbc, LoanBalances balances, ScheduledInstalmentRepository instalments) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.instalments = instalments;
    }

    /** Loans by commune, status and a search on the loan number, the CCCD or the head's name. */
    @Transactional(readOnly = true)
    public Paged<Line> list(Long communeId, String status, String text, UserScope scope, LocalDate asOf, int page) {
        String q = text == null ? "" : text.strip();
        String where = """
                 where %s
                   and (cast(:communeId as bigint) is null or l.commune_id = :communeId)
                   and (cast(:status as varchar) is null or l.status = :status)
                   and (:q = '' or l.loan_no ilike :like or h.cccd like :prefix or h.search_name like :folded)
                """.formatted(SCOPE);
        String from = " from loan l join household h on h.id = l.household_id ";
        int p = Paged.clamp(page);
        long total = bind(jdbc.sql("select count(*)" + from + where), scope, communeId, status, q).query(Long.class).single();
        List<Row> rows = bind(jdbc.sql("""
                select l.id, l.loan_no, h.head_name, h.cccd, c.name as commune_name, g.name as group_name,
                       pr.code as programme_code, l.principal, l.disbursed_on, l.maturity_on, l.status
                """ + from + """
                join commune c on c.id = l.commune_id join programme pr on pr.id = l.programme_id
                left join savings_group g on g.id = l.group_id
                """ + where + " order by l.disbursed_on desc, l.id desc limit :size offset :offset"),
                scope, communeId, status, q)
                .param("size", Paged.SIZE).param("offset", p * Paged.SIZE).query(Row.class).list();
        Map<Long, Balance> held = balances.asOf(rows.stream().map(Row::id).toList(), asOf);
        return new Paged<>(rows.stream().map(r -> new Line(r, held.get(r.id()))).toList(), p, Paged.SIZE, total);
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id, UserScope scope) {
        return jdbc.sql("""
                select l.id, l.loan_no, l.application_id, l.household_id, h.head_name, h.cccd, c.name as commune_name,
                       l.group_id, g.name as group_name, l.association_id, a.name as association_name, l.programme_id,
                       p.code as programme_code, p.name as programme_name, l.principal, l.disbursed_on, l.maturity_on,
                       l.instalment_months, l.purpose, l.status, l.imported
                from loan l join household h on h.id = l.household_id join commune c on c.id = l.commune_id
                join programme p on p.id = l.programme_id left join savings_group g on g.id = l.group_id
                left join association a on a.id = l.association_id
                where l.id = :id and """ + SCOPE)
                .param("id", id).param("associationId", scope.associationId()).param("scopeCommuneId", scope.communeId())
                .query(View.class).optional();
    }


    @Transactional(readOnly = true)
    public List<LedgerRow> ledger(long loanId) {
        return jdbc.sql("""
                select t.id, t.business_date, t.kind, t.amount, t.d_outstanding, t.d_overdue, t.d_frozen, t.d_interest,
                       i.seq as instalment_seq, t.reverses_id,
                       exists (select 1 from loan_txn r where r.reverses_id = t.id) as reversed,
                       t.reference, t.note, t.posted_by, t.posted_at
                from loan_txn t left join loan_instalment i on i.id = t.instalment_id
                where t.loan_id = :loanId
                order by t.business_date, t.id
                """).param("loanId", loanId).query((rs, n) -> new LedgerRow(rs.getLong("id"),
                        rs.getObject("business_date", LocalDate.class), rs.getString("kind"), money(rs, "amount"),
                        money(rs, "d_outstanding"), money(rs, "d_overdue"), money(rs, "d_frozen"),
                        money(rs, "d_interest"), rs.getObject("instalment_seq", Integer.class),
                        rs.getObject("reverses_id", Long.class), rs.getBoolean("reversed"), rs.getString("reference"),
                        rs.getString("note"), rs.getString("posted_by"), rs.getObject("posted_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<DecisionRow> decisions(long loanId) {
        return jdbc.sql("""
                select d.id, d.kind, d.decision_no, d.reason, d.amount, d.effective_on, i.seq as instalment_seq,
                       d.new_due_on, d.new_interval_months, d.prepared_by, d.approved_by, d.approved_at, d.status,
                       d.rejection_reason
                from loan_decision d left join loan_instalment i on i.id = d.instalment_id
                where d.loan_id = :loanId
                order by d.id desc
                """).param("loanId", loanId).query(DecisionRow.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<UseCheckRow> useCheck(long loanId) {
        return jdbc.sql("select due_by, checked_on, used_as_intended, checker, note from loan_use_check where loan_id = :loanId")
                .param("loanId", loanId).query(UseCheckRow.class).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UserScope scope, Long communeId,
            String status, String q) {
        return spec.param("associationId", scope.associationId()).param("scopeCommuneId", scope.communeId())
                .param("communeId", communeId).param("status", status == null || status.isBlank() ? null : status)
                .param("q", q).param("like", "%" + VietnameseText.likeLiteral(q) + "%")
                .param("prefix", VietnameseText.likeLiteral(q) + "%")
                .param("folded", "%" + VietnameseText.likeLiteral(VietnameseText.fold(q)) + "%");
    }

    private static Money money(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return Money.of(rs.getLong(column));
    }
}

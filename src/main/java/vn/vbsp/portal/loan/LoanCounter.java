package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.loan.domain.SheetCollection;
import vn.vbsp.portal.shared.Money;

/**
 * What a transaction day at a commune point does with loans, through the loan module's own services: collect a
 * borrower's interest and principal, reverse a mistaken payment, pay out an approved application. Each call joins the
 * caller's transaction, so a whole sheet posts or nothing does; a refusal is a {@code RuleViolation}.
 */
@Service
public class LoanCounter {

    /** The ledger rows a collection posted (either may be null). */
    public record Collected(Long interestTxnId, Long principalTxnId) {
    }

    /** One loan's payment on a sheet: interest and principal (either may be zero); the token makes it idempotent. */
    public record Payment(long loanId, Money interest, Money principal, String token) {
    }

    private final RepaymentService repayments;
    private final SheetCollection sheets;
    private final DisbursementService disbursements;
    private final JdbcClient jdbc;

    @PersistenceContext
    private EntityManager entities;

    LoanCounter(RepaymentService repayments, SheetCollection sheets, DisbursementService disbursements,
            JdbcClient jdbc) {
        this.repayments = repayments;
        this.sheets = sheets;
        this.disbursements = disbursements;
        this.jdbc = jdbc;
    }

    /**
     * Interest then principal on the loan on {@code date}; the same token twice posts once. A sheet posts hundreds of
     * loans in one transaction: once a loan's rows are written, its entities (the loan, its schedule, its ledger rows)
     * leave the persistence context, which would otherwise grow with every line and make each later query's flush
     * check all of them. The loan stays locked in the database until the transaction ends.
     */
    @Transactional
    public Collected collect(long loanId, LocalDate date, Money interest, Money principal, String token, String by) {
        RepaymentService.Collected done = repayments.collect(loanId, date, interest, principal, token, by);
        entities.flush();
        entities.clear();
        return new Collected(done.interestTxnId(), done.principalTxnId());
    }

    /**
     * A whole sheet's payments on {@code date} at once, set-wise (the loans locked together, the rows written in one
     * go), with the rules of {@link #collect}; answers each loan's rows. A refused payment is a
     * {@link PaymentRefused} and nothing of the batch stays.
     */
    @Transactional
    public Map<Long, Collected> collectAll(LocalDate date, List<Payment> payments, String by) {
        Map<Long, Collected> collected = new HashMap<>();
        sheets.collect(date, payments.stream()
                        .map(p -> new SheetCollection.Item(p.loanId(), p.interest(), p.principal(), p.token())).toList(), by)
                .forEach((loanId, done) -> collected.put(loanId,
                        new Collected(done.interestTxnId(), done.principalTxnId())));
        return collected;
    }

    /** A director's reversal of a repayment or interest payment, with a reason; answers the reversal row. */
    @Transactional
    public long reverse(long txnId, String reason, LocalDate today, String director) {
        return repayments.reverse(txnId, reason, today, director);
    }

    /** Pays out an approved application at the point on {@code date}; answers the new loan's id. */
    @Transactional
    public long disburse(long applicationId, LocalDate date, String token, String by) {
        return disbursements.disburse(applicationId, date, true, token, by);
    }

    /** The approved applications of the commune waiting to be paid out, by household name. */
    @Transactional(readOnly = true)
    public List<WaitingApplication> waitingAt(long communeId) {
        return jdbc.sql("""
                        select a.id, a.household_id, h.cccd, h.head_name, a.group_id, g.code as group_code,
                               p.code as programme_code, a.amount, a.term_months, a.approved_on
                        from loan_application a
                        join household h on h.id = a.household_id
                        join programme p on p.id = a.programme_id
                        left join savings_group g on g.id = a.group_id
                        where a.commune_id = :communeId and a.status = 'APPROVED'
                        order by g.code nulls last, h.head_name, a.id
                        """)
                .param("communeId", communeId)
                .query((rs, n) -> new WaitingApplication(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getString("cccd"), rs.getString("head_name"), rs.getObject("group_id", Long.class),
                        rs.getString("group_code"), rs.getString("programme_code"), Money.of(rs.getLong("amount")),
                        rs.getInt("term_months"), rs.getObject("approved_on", LocalDate.class)))
                .list();
    }
}

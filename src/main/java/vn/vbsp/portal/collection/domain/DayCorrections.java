package vn.vbsp.portal.collection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.LoanCounter;
import vn.vbsp.portal.savings.SavingsPostings;

/**
 * A director's corrections, before or after the day is closed: a posted line undone whole (its interest, principal
 * and savings movements reversed, the line marked so that the right one can be posted), or one mistaken repayment
 * posted elsewhere. Each needs a reason and stays visible on its day.
 */
@Service
public class DayCorrections {

    private static final int MAX_REASON = 500;

    private record Line(long id, long transactionDayId, long loanId, Long interestTxnId, Long principalTxnId,
            Long depositTxnId, Long withdrawalTxnId, boolean reversed) {
    }

    private final JdbcClient jdbc;
    private final LoanCounter counter;
    private final SavingsPostings savings;
    private final AuditTrail audit;
    private final Clock clock;

    DayCorrections(JdbcClient jdbc, LoanCounter counter, SavingsPostings savings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.savings = savings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reverses a posted line; a line already reversed is left as it is. */
    @Transactional
    public void reverseLine(long lineId, String reason, String director) {
        String why = reason(reason);
        Line line = jdbc.sql("""
                        select id, transaction_day_id, loan_id, interest_txn_id, principal_txn_id, deposit_txn_id,
                               withdrawal_txn_id, reversed_at is not null as reversed
                        from collection_line where id = :id for update
                        """).param("id", lineId).query(Line.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId));
        if (line.reversed()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // principal first: the ledger takes the later row back first
        if (line.principalTxnId() != null) {
            counter.reverse(line.principalTxnId(), why, today, director);
        }
        if (line.interestTxnId() != null) {
            counter.reverse(line.interestTxnId(), why, today, director);
        }
        if (line.withdrawalTxnId() != null) {
            savings.reverse(line.withdrawalTxnId(), today, why, director);
        }
        if (line.depositTxnId() != null) {
            savings.reverse(line.depositTxnId(), today, why, director);
        }
        jdbc.sql("""
                update collection_line set reversed_by = :by, reversed_at = now(), reversal_reason = :why where id = :id
                """).param("by", director).param("why", why).param("id", lineId).update();
        jdbc.sql("""
                insert into collection_reversal (transaction_day_id, loan_id, line_id, what, reason, reversed_by)
                values (:d, :l, :line, 'LINE', :why, :by)
                """).param("d", line.transactionDayId()).param("l", line.loanId()).param("line", lineId)
                .param("why", why).param("by", director).update();
        audit.recordAs(director, "COLLECTION_LINE_REVERSED", "collection_line", lineId, Map.of("reversed", false),
                details(why));
    }

    /**
     * Reverses one repayment or interest payment of a loan; one posted through a day's line undoes that whole line.
     * {@code dayId} is the transaction day it belongs to, when there is one.
     */
    @Transactional
    public void reversePayment(long loanId, long txnId, String kind, Long dayId, String reason, String director) {
        String why = reason(reason);
        Optional<Long> line = jdbc.sql("""
                select id from collection_line where (interest_txn_id = :t or principal_txn_id = :t)
                """).param("t", txnId).query(Long.class).optional();
        if (line.isPresent()) {
            reverseLine(line.get(), why, director);
            return;
        }
        boolean done = jdbc.sql("select count(*) from collection_reversal where loan_txn_id = :t").param("t", txnId)
                .query(Long.class).single() > 0;
        if (done) {
            return;
        }
        counter.reverse(txnId, why, LocalDate.now(clock), director);
        jdbc.sql("""
                insert into collection_reversal (transaction_day_id, loan_id, loan_txn_id, what, reason, reversed_by)
                values (:d, :l, :t, :what, :why, :by)
                """).param("d", dayId).param("l", loanId).param("t", txnId).param("what", kind).param("why", why)
                .param("by", director).update();
        Map<String, Object> after = details(why);
        after.put("loanTxn", txnId);
        audit.recordAs(director, "LOAN_PAYMENT_REVERSED_BY_DIRECTOR", "loan", loanId, null, after);
    }

    private static Map<String, Object> details(String why) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reversed", true);
        after.put("reason", why);
        return after;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DayRefused("reason", "collection.reverse.error.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new DayRefused("reason", "collection.error.reason-too-long", MAX_REASON);
        }
        return why;
    }
}

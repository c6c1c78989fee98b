package vn.vbsp.portal.collection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LoanCounter;
import vn.vbsp.portal.loan.WaitingApplication;
import vn.vbsp.portal.shared.Formats;

/** Paying out approved applications at the commune's point on its day, through the loan module's disbursement. */
@Service
public class PointDisbursements {

    private final DayQuery query;
    private final DayStore store;
    private final LoanCounter counter;
    private final JdbcClient jdbc;
    private final Formats fmt;
    private final Clock clock;

    PointDisbursements(DayQuery query, DayStore store, LoanCounter counter, JdbcClient jdbc, Formats fmt, Clock clock) {
        this.query = query;
        this.store = store;
        this.counter = counter;
        this.jdbc = jdbc;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** Pays out the application on the day; the same application twice answers the loan the first opened. */
    @Transactional
    public long disburse(String communeCode, LocalDate date, long applicationId, String token, String by) {
        Point point = query.point(communeCode).orElseThrow(() -> new DayNotFoundException(communeCode));
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DayRefused(null, "collection.error.future-date", fmt.date(date));
        }
        DayRow day = store.openShared(point.pointId(), date);
        if (day.closed()) {
            throw new DayRefused(null, "collection.error.day-closed", fmt.date(date));
        }
        Optional<Long> done = jdbc.sql("select loan_id from collection_disbursement where application_id = :a")
                .param("a", applicationId).query(Long.class).optional();
        if (done.isPresent()) {
            return done.get();
        }
        WaitingApplication waiting = counter.waitingAt(point.communeId()).stream()
                .filter(a -> a.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new DayRefused(null, "collection.disburse.error.not-waiting"));
        long loanId = counter.disburse(applicationId, date, token, by);
        jdbc.sql("""
                insert into collection_disbursement (transaction_day_id, application_id, loan_id, amount, posted_by)
                values (:d, :a, :l, :amount, :by)
                """).param("d", day.id()).param("a", applicationId).param("l", loanId)
                .param("amount", waiting.amount().dong()).param("by", by).update();
        return loanId;
    }
}

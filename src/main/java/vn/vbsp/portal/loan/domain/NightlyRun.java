package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.CatchUpRun;
import vn.vbsp.portal.shared.SingleInstance;

/**
 * The nightly run: every active loan is brought up to the day, posting the overdue transfers and the monthly
 * interest charges that fell due, however many days were missed. The whole book is done set-wise by
 * {@link BookCatchUp} in one transaction (the loans locked, the rows sent with COPY), recorded as a run and audited
 * once; a second run finds nothing to post. Frozen loans earn nothing and fall overdue on nothing.
 */
@Service
public class NightlyRun {

    /** What a run did. */
    public record Result(LocalDate through, int loans, long transfers, long charges, int failures) {

        static Result of(CatchUpRun run) {
            return new Result(run.through(), run.loans(), run.transfers(), run.charges(), run.done() ? 0 : 1);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    static final String SYSTEM = "system";

    private final BookCatchUp book;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final SingleInstance singleInstance;
    private final MeterRegistry meters;

    NightlyRun(BookCatchUp book, Ledger ledger, AuditTrail audit, PlatformTransactionManager transactionManager,
            SingleInstance singleInstance, MeterRegistry meters) {
        this.book = book;
        this.singleInstance = singleInstance;
        this.meters = meters;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Late in the evening, after the day's collections are in: transfers and charges dated up to today. */
    @Scheduled(cron = "${vbsp.loan.nightly-cron:0 30 23 * * *}", zone = "${vbsp.zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        singleInstance.run("loan.nightly-run", this::nightlyHere);
    }

    /** The scheduled run on this instance, which holds the job's lock. */
    private void nightlyHere() {
        Result result = Result.of(book("NIGHTLY", ledger.today(), SYSTEM));
        log.info("Nightly loan run through {}: {} loans, {} overdue transfers, {} interest charges, {} failures",
                result.through(), result.loans(), result.transfers(), result.charges(), result.failures());
    }

    /** Brings every active loan up to {@code through} (not after today), by hand. */
    public Result run(LocalDate through, String by) {
        return Result.of(book("MANUAL", through, by));
    }

    /** A recorded whole-book run; {@code reason} as {@link CatchUpRun#reason()}. */
    public CatchUpRun book(String reason, LocalDate through, String by) {
        Timer.Sample sample = Timer.start(meters);
        CatchUpRun run = book.run(reason, through, null, by);
        sample.stop(meters.timer("vbsp.nightly-run", "reason", reason));
        meters.counter("vbsp.nightly-run.loans").increment(run.loans());
        meters.counter("vbsp.nightly-run.transfers").increment(run.transfers());
        meters.counter("vbsp.nightly-run.charges").increment(run.charges());
        meters.counter("vbsp.nightly-run.failures").increment(run.done() ? 0 : 1);
        return run;
    }

    /** Brings one loan up to {@code through}, as the run does for every loan; audited for that loan. */
    public Result runOne(long loanId, LocalDate through, String by) {
        ledger.checkNotFuture(through);
        BookCatchUp.Posted posted = transactions.execute(status -> {
            BookCatchUp.Posted result = book.bringUpTo(through, List.of(loanId), by);
            if (result.loans() > 0) {
                audit.recordAs(by, "LOAN_CAUGHT_UP", DisbursementService.ENTITY, loanId,
                        Map.of("through", through.toString()),
                        Map.of("through", through.toString(), "transfers", result.transfers(), "charges", result.charges()));
            }
            return result;
        });
        return new Result(through, posted.loans(), posted.transfers(), posted.charges(), 0);
    }
}

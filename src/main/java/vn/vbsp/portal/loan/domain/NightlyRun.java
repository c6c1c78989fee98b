package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.SingleInstance;

/**
 * The nightly run: every active loan is brought up to the day, posting the overdue transfers and the monthly
 * interest charges that fell due, however many days were missed. A loan is picked when its ledger falls short of
 * what its schedule calls for; each loan is done in a transaction of its own under its row lock, so a failure on
 * one loan leaves the others done, and a second run finds nothing to post. Frozen loans are skipped.
 */
@Service
public class NightlyRun {

    /** What a run did. */
    public record Result(LocalDate through, int loans, long transfers, long charges, int failures) {
    }

    record Candidate(long id, long principal, LocalDate disbursedOn, Integer pointDay, long pastDue,
            LocalDate lastCharge) {
    }

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    static final String SYSTEM = "system";

    private final LoanRepository loans;
    private final CatchUp catchUp;
    private final LoanBalances balances;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final SingleInstance singleInstance;
    private final MeterRegistry meters;

    NightlyRun(LoanRepository loans, CatchUp catchUp, LoanBalances balances, Ledger ledger, JdbcClient jdbc,
            AuditTrail audit, PlatformTransactionManager transactionManager, SingleInstance singleInstance,
            MeterRegistry meters) {
        this.singleInstance = singleInstance;
        this.meters = meters;
        this.loans = loans;
        this.catchUp = catchUp;
        this.balances = balances;
        this.ledger = ledger;
        this.jdbc = jdbc;
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
        Result result = run(ledger.today(), SYSTEM);
        log.info("Nightly loan run through {}: {} loans, {} overdue transfers, {} interest charges, {} failures",
                result.through(), result.loans(), result.transfers(), result.charges(), result.failures());
    }

    /** Brings every active loan up to {@code through} (not after today). */
    public Result run(LocalDate through, String by) {
        ledger.checkNotFuture(through);
        Timer.Sample sample = Timer.start(meters);
        Result result = runNow(through, by);
        sample.stop(meters.timer("vbsp.nightly-run"));
        meters.counter("vbsp.nightly-run.loans").increment(result.loans());
        meters.counter("vbsp.nightly-run.transfers").increment(result.transfers());
        meters.counter("vbsp.nightly-run.charges").increment(result.charges());
        meters.counter("vbsp.nightly-run.failures").increment(result.failures());
        return result;
    }

    private Result runNow(LocalDate through, String by) {
        List<Long> due = candidates(through);
        long transfers = 0;
        long charges = 0;
        int failures = 0;
        for (long loanId : due) {
            try {
                CatchUp.Result result = transactions.execute(status -> one(loanId, through, by));
                transfers += result.transfers();
                charges += result.charges();
            } catch (RuntimeException e) {
                failures++;
                log.error("Nightly loan run: loan {} could not be brought up to {}", loanId, through, e);
            }
        }
        return new Result(through, due.size(), transfers, charges, failures);
    }

    /** Brings one loan up to {@code through}, as the run does for each loan it picks. */
    public Result runOne(long loanId, LocalDate through, String by) {
        ledger.checkNotFuture(through);
        CatchUp.Result result = transactions.execute(status -> one(loanId, through, by));
        return new Result(through, 1, result.transfers(), result.charges(), 0);
    }

    private CatchUp.Result one(long loanId, LocalDate through, String by) {
        Loan loan = loans.lock(loanId).orElseThrow();
        Balance before = balances.asOf(loanId, through);
        CatchUp.Result result = catchUp.bringUpTo(loan, through, by);
        if (!result.posted().isEmpty()) {
            Map<String, Object> beforeView = LoanDesk.view(loan, before);
            Map<String, Object> after = LoanDesk.view(loan, balances.asOf(loanId, through));
            List<Object> rows = new ArrayList<>();
            result.posted().forEach(e -> rows.add(e.auditView()));
            after.put("ledger", rows);
            audit.recordAs(by, "LOAN_CAUGHT_UP", DisbursementService.ENTITY, loanId, beforeView, after);
        }
        return result;
    }

    /** Active loans whose overdue falls short of their schedule, or with a month's interest to charge. */
    List<Long> candidates(LocalDate through) {
        Map<Long, Balance> held = balances.activeAsOf(through);
        List<Candidate> loansNow = jdbc.sql("""
                select l.id, l.principal, l.disbursed_on, p.day_of_month as point_day,
                       (select coalesce(sum(i.principal_due), 0) from loan_instalment i
                        where i.loan_id = l.id and i.due_on < :through) as past_due,
                       (select max(t.business_date) from loan_txn t where t.loan_id = l.id and t.kind = 'INTEREST_CHARGE'
                          and not exists (select 1 from loan_txn r where r.reverses_id = t.id)) as last_charge
                from loan l left join transaction_point p on p.commune_id = l.commune_id
                where l.status = 'ACTIVE' and l.disbursed_on <= :through
                order by l.id
                """).param("through", through).query(Candidate.class).list();
        List<Long> due = new ArrayList<>();
        for (Candidate loan : loansNow) {
            Balance balance = held.getOrDefault(loan.id(), Balance.ZERO);
            if (balance.fullyFrozen()) {
                continue;
            }
            long covered = loan.principal() - balance.outstanding().dong() + balance.frozen().dong();
            boolean transferDue = loan.pastDue() - covered > balance.overdue().dong();
            boolean chargeDue = balance.outstanding().compareTo(balance.frozen()) > 0 && chargeDue(loan, through);
            if (transferDue || chargeDue) {
                due.add(loan.id());
            }
        }
        return due;
    }

    private static boolean chargeDue(Candidate loan, LocalDate through) {
        if (loan.pointDay() == null) {
            return false;
        }
        LocalDate charged = loan.lastCharge() == null ? loan.disbursedOn() : loan.lastCharge();
        for (int month = 1; ; month++) {
            LocalDate on = RepaymentSchedule.pointDayAfter(loan.disbursedOn(), month, loan.pointDay());
            if (on.isAfter(through)) {
                return false;
            }
            if (on.isAfter(charged)) {
                return true;
            }
        }
    }
}

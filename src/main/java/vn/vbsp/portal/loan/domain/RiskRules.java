package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * What a risk decision may do and how much it moves, worked out from the loan's schedule and its balances on the
 * day it takes effect. Checked when staff propose it and again when the director approves it; nothing is written
 * here.
 *
 * <ul>
 *   <li>Extension: a new due date for an instalment not yet paid, later than its current one and than the day of the
 *       decision, at most 12 months after its original date for a loan of up to 12 months, otherwise at most half
 *       the original term. What of it was overdue returns to in-term.</li>
 *   <li>Rescheduling: the instalments due from the day of the decision on are replaced by equal instalments at the
 *       new interval up to maturity.</li>
 *   <li>Freezing: up to all principal not yet frozen, the overdue part first.</li>
 *   <li>Write-off: up to all frozen principal; when it clears the loan, the interest still owed goes with it.</li>
 * </ul>
 */
@Component
class RiskRules {

    /** An extension's amounts: the unpaid principal of the instalment, and what of it returns from overdue. */
    record Extension(Money unpaid, Money returnedFromOverdue) {
    }

    private final JdbcClient jdbc;
    private final Formats fmt;

    RiskRules(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    Extension extension(Loan loan, List<ScheduledInstalment> schedule, Long instalmentId, LocalDate newDueOn,
            LocalDate on, Balance held) {
        ScheduledInstalment instalment = schedule.stream().filter(i -> i.getId().equals(instalmentId)).findFirst()
                .orElseThrow(() -> LoanRuleException.at("instalmentId", "loan.error.instalment-required"));
        Money unpaid = OverdueRule.unpaid(schedule, instalment, loan.getPrincipal(), held);
        if (!unpaid.isPositive()) {
            throw LoanRuleException.at("instalmentId", "loan.error.extension-paid", instalment.getSeq());
        }
        if (newDueOn == null || !newDueOn.isAfter(instalment.getDueOn()) || !newDueOn.isAfter(on)) {
            throw LoanRuleException.at("newDueOn", "loan.error.extension-date", fmt.date(instalment.getDueOn()),
                    fmt.date(on));
        }
        int term = originalTermMonths(loan, schedule);
        int limit = term <= 12 ? 12 : term / 2;
        LocalDate latest = instalment.getOriginalDueOn().plusMonths(limit);
        if (newDueOn.isAfter(latest)) {
            throw LoanRuleException.at("newDueOn", "loan.error.extension-limit", limit, term, fmt.date(latest));
        }
        Money target = OverdueRule.targetWithout(schedule, instalment, loan.getPrincipal(), held, on);
        Money returned = held.overdue().minus(target).max(Money.ZERO);
        return new Extension(unpaid, returned);
    }

    /** The instalments a rescheduling on {@code on} replaces: those due on that day or later. */
    static List<ScheduledInstalment> remaining(List<ScheduledInstalment> schedule, LocalDate on) {
        return schedule.stream().filter(i -> !i.getDueOn().isBefore(on)).sorted(ScheduledInstalment.DUE_ORDER).toList();
    }

    /** The principal a rescheduling takes over: what of the remaining instalments is unpaid and not frozen. */
    Money reschedule(Loan loan, List<ScheduledInstalment> schedule, Integer intervalMonths, LocalDate on, Balance held) {
        if (intervalMonths == null || !RepaymentSchedule.INTERVALS.contains(intervalMonths)) {
            throw LoanRuleException.at("newIntervalMonths", "loan.error.interval");
        }
        Money unpaid = remaining(schedule, on).stream()
                .map(i -> OverdueRule.unpaid(schedule, i, loan.getPrincipal(), held)).reduce(Money.ZERO, Money::plus);
        if (!unpaid.isPositive()) {
            throw new LoanRuleException("loan.error.reschedule-nothing");
        }
        if (monthsToMaturity(loan, on) < 1) {
            throw new LoanRuleException("loan.error.reschedule-no-term", fmt.date(loan.getMaturityOn()));
        }
        return unpaid;
    }

    /** Months from the month of {@code on} to the month of maturity: the term a new schedule spreads over. */
    static int monthsToMaturity(Loan loan, LocalDate on) {
        return (int) YearMonth.from(on).until(YearMonth.from(loan.getMaturityOn()), ChronoUnit.MONTHS);
    }

    /** The amount to freeze: as proposed, or everything not yet frozen. */
    Money freeze(Money proposed, Balance held) {
        Money free = held.outstanding().minus(held.frozen());
        Money amount = proposed == null ? free : proposed;
        if (!amount.isPositive() || amount.compareTo(free) > 0) {
            throw LoanRuleException.at("amount", "loan.error.freeze-amount", fmt.money(free));
        }
        return amount;
    }

    /** The amount to write off: as proposed, or all that is frozen. */
    Money writeOff(Money proposed, Balance held) {
        Money amount = proposed == null ? held.frozen() : proposed;
        if (!amount.isPositive() || amount.compareTo(held.frozen()) > 0) {
            throw LoanRuleException.at("amount", "loan.error.write-off-amount", fmt.money(held.frozen()));
        }
        return amount;
    }

    /** The term agreed: the application's, or for a loan without one the months from disbursement to its last original date. */
    private int originalTermMonths(Loan loan, List<ScheduledInstalment> schedule) {
        if (loan.getApplicationId() != null) {
            Integer term = jdbc.sql("select term_months from loan_application where id = :id")
                    .param("id", loan.getApplicationId()).query(Integer.class).optional().orElse(null);
            if (term != null) {
                return term;
            }
        }
        LocalDate lastOriginal = schedule.stream().map(ScheduledInstalment::getOriginalDueOn)
                .max(LocalDate::compareTo).orElse(loan.getMaturityOn());
        return (int) YearMonth.from(loan.getDisbursedOn()).until(YearMonth.from(lastOriginal), ChronoUnit.MONTHS);
    }
}

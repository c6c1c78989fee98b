package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.BalanceOnDay;
import vn.vbsp.portal.loan.LoanDue;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.RateTable;

/**
 * Works out {@link LoanDue}s for many loans at once: one query for each loan's facts, last interest charge and
 * balances since it, one for the schedules, and the interest accrual only for loans with a month's charge still to
 * post by the day.
 * The rules are those of the postings themselves: {@link OverdueRule} for principal, {@link CatchUp}'s charge days
 * and {@link InterestAccrual} for interest, so what the sheet says is due is what a posting that day finds owed.
 */
@Component
public class DueReckoning {

    /** What a due needs of the loan itself, and its point day and latest posting dates. */
    private record Dates(long loanId, boolean active, int programmeId, Money principal, LocalDate disbursedOn,
            Integer pointDay, LocalDate lastCharge, LocalDate latest, long lastChargeAmount) {
    }

    private final InstalmentRows schedules;
    private final InterestAccrual interest;
    private final ProgrammeCatalogue catalogue;
    private final JdbcClient jdbc;

    DueReckoning(InstalmentRows schedules, InterestAccrual interest, ProgrammeCatalogue catalogue, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.interest = interest;
        this.jdbc = jdbc;
    }

    public Map<Long, LoanDue> asOf(Collection<Long> loanIds, LocalDate date) {
        Map<Long, LoanDue> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        Map<Long, NavigableMap<LocalDate, Balance>> history = new HashMap<>();
        Map<Long, Dates> dates = read(loanIds, date, history);
        Map<Integer, Rates> rates = new HashMap<>();
        Map<Long, List<ScheduledInstalment>> schedules = this.schedules.of(loanIds);
        for (Dates d : dates.values()) {
            NavigableMap<LocalDate, Balance> days = history.getOrDefault(d.loanId(), new TreeMap<>());
            Balance balance = days.isEmpty() ? Balance.ZERO : days.lastEntry().getValue();
            List<ScheduledInstalment> schedule = schedules.getOrDefault(d.loanId(), List.of());
            Pending coming = d.active() && !balance.fullyFrozen() ? pending(d, schedule, days,
                    rates.computeIfAbsent(d.programmeId(), this::rates), date) : Pending.NONE;
            Money pending = coming.interest();
            Money overdue = balance.overdue().plus(coming.overdue());
            Money dueByEnd = OverdueRule.target(schedule, d.principal(), balance, date.plusDays(1));
            Money principalDue = dueByEnd.max(overdue).min(balance.outstanding());
            Money interestDue = balance.interestOwed().plus(pending);
            // what is owed beyond the latest month's charge was charged in earlier months: it is in arrears
            Money latestCharge = pending.isPositive() ? coming.lastCharge()
                    : d.lastCharge() != null ? Money.of(d.lastChargeAmount()) : Money.ZERO;
            Money arrears = interestDue.minus(latestCharge).max(Money.ZERO);
            result.put(d.loanId(), new LoanDue(d.loanId(), balance.outstanding(), overdue,
                    balance.frozen(), interestDue, arrears, overdue, principalDue));
        }
        return result;
    }

    /** What the catch-up a posting on {@code date} would post first: overdue transfers, and the month's charges. */
    private record Pending(Money interest, Money overdue, Money lastCharge) {
        static final Pending NONE = new Pending(Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /**
     * Plays the catch-up of {@link CatchUp#bringUpTo} in memory, without posting: the overdue transfers the day after
     * each due date and the month's charges on the point days, in date order, from the last charge on, each charge on
     * the balances as the transfers before it left them.
     */
    private Pending pending(Dates d, List<ScheduledInstalment> schedule, NavigableMap<LocalDate, Balance> history,
            Rates rates, LocalDate date) {
        if (d.pointDay() == null) {
            return Pending.NONE;
        }
        LocalDate charged = d.lastCharge() == null ? d.disbursedOn() : d.lastCharge();
        LocalDate latest = d.latest() == null ? d.disbursedOn() : d.latest();
        List<LocalDate> chargeDays = CatchUp.chargeDays(d.disbursedOn(), d.pointDay(), charged, latest, date);
        TreeSet<LocalDate> days = new TreeSet<>(chargeDays);
        schedule.stream().map(i -> i.getDueOn().plusDays(1))
                .filter(on -> !on.isAfter(date) && !on.isBefore(latest)).forEach(days::add);
        if (days.isEmpty()) {
            return Pending.NONE;
        }
        // the balances from the end of the last charge's day on, as the ledger holds them
        TreeMap<LocalDate, Balance> held = new TreeMap<>(history.tailMap(charged, false));
        Map.Entry<LocalDate, Balance> start = history.floorEntry(charged);
        held.put(charged, start == null ? Balance.ZERO : start.getValue());
        Money interestDue = Money.ZERO;
        Money transferred = Money.ZERO;
        Money lastCharge = Money.ZERO;
        for (LocalDate on : days) {
            Balance then = held.floorEntry(on).getValue();
            Money transfer = OverdueRule.target(schedule, d.principal(), then, on).minus(then.overdue());
            if (transfer.isPositive()) {
                transferred = transferred.plus(transfer);
                held.putIfAbsent(on, then);
                held.tailMap(on, true).replaceAll((day, b) -> new Balance(b.outstanding(), b.overdue().plus(transfer),
                        b.frozen(), b.interestOwed()));
            }
            if (chargeDays.contains(on)) {
                lastCharge = interest.accrued(rates.terms(), rates.table(), period(held, charged, on), on);
                interestDue = interestDue.plus(lastCharge);
                charged = on;
            }
        }
        return new Pending(interestDue, transferred, lastCharge);
    }

    /**
     * The interest each loan earned since its last charge up to {@code date} and not yet charged, set-wise: what
     * {@link CatchUp#chargeUpTo} charges first when a loan is paid off that day. Read after the catch-up.
     */
    public Map<Long, Money> notYetCharged(Collection<Long> loanIds, LocalDate date) {
        Map<Long, Money> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        Map<Long, NavigableMap<LocalDate, Balance>> history = new HashMap<>();
        Map<Integer, Rates> rates = new HashMap<>();
        for (Dates d : read(loanIds, date, history).values()) {
            LocalDate charged = d.lastCharge() == null ? d.disbursedOn() : d.lastCharge();
            Money earned = Money.ZERO;
            if (date.isAfter(charged)) {
                Rates programme = rates.computeIfAbsent(d.programmeId(), this::rates);
                earned = interest.accrued(programme.terms(), programme.table(),
                        period(history.getOrDefault(d.loanId(), new TreeMap<>()), charged, date), date);
            }
            result.put(d.loanId(), earned);
        }
        return result;
    }

    /** The balances held over [{@code from}, {@code to}) as interest counts them: the end of {@code from}, then each day moved. */
    private static List<BalanceOnDay> period(NavigableMap<LocalDate, Balance> held, LocalDate from, LocalDate to) {
        List<BalanceOnDay> period = new ArrayList<>();
        Map.Entry<LocalDate, Balance> start = held.floorEntry(from);
        period.add(new BalanceOnDay(from, start == null ? Balance.ZERO : start.getValue()));
        held.subMap(from, false, to, false).forEach((day, b) -> period.add(new BalanceOnDay(day, b)));
        return period;
    }

    /** A programme's terms and rates, read once for all its loans. */
    private record Rates(ProgrammeTerms terms, RateTable table) {
    }

    private Rates rates(int programmeId) {
        ProgrammeTerms terms = catalogue.find(programmeId)
                .orElseThrow(() -> new IllegalStateException("no programme " + programmeId));
        return new Rates(terms, catalogue.ratesOf(terms.code()));
    }

    /**
     * Each loan's facts and, into {@code history}, its balances at the end of {@code date} and of the days before it
     * back to its last interest charge: the rows up to that charge summed into its day, then each day something moved.
     * That is all a due needs (the charges to come count from the last one), in one read of the ledger's index.
     */
    private Map<Long, Dates> read(Collection<Long> loanIds, LocalDate date,
            Map<Long, NavigableMap<LocalDate, Balance>> history) {
        Map<Long, Dates> result = new HashMap<>();
        long[] sums = new long[4];
        jdbc.sql("""
                select l.id, l.status, l.programme_id, l.principal, l.disbursed_on, p.day_of_month,
                       (select max(t.business_date) from loan_txn t where t.loan_id = l.id) as latest,
                       c.business_date as last_charge, c.amount as last_charge_amount,
                       h.day, h.outstanding, h.overdue, h.frozen, h.interest
                from loan l
                left join transaction_point p on p.commune_id = l.commune_id
                left join lateral (
                    select t.business_date, t.amount from loan_txn t
                    where t.loan_id = l.id and t.kind = 'INTEREST_CHARGE' and t.business_date <= :date
                      and not exists (select 1 from loan_txn r where r.reverses_id = t.id)
                    order by t.business_date desc, t.id desc limit 1) c on true
                left join lateral (
                    select greatest(t.business_date, coalesce(c.business_date, l.disbursed_on)) as day,
                           sum(t.d_outstanding) as outstanding, sum(t.d_overdue) as overdue,
                           sum(t.d_frozen) as frozen, sum(t.d_interest) as interest
                    from loan_txn t where t.loan_id = l.id and t.business_date <= :date
                    group by 1) h on true
                where l.id = any(:ids)
                order by l.id, h.day
                """)
                .param("ids", loanIds.toArray(Long[]::new)).param("date", date)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!result.containsKey(id)) {
                        LocalDate lastCharge = rs.getObject("last_charge", LocalDate.class);
                        result.put(id, new Dates(id, LoanStatus.ACTIVE.name().equals(rs.getString("status")),
                                rs.getInt("programme_id"), Money.of(rs.getLong("principal")),
                                rs.getObject("disbursed_on", LocalDate.class),
                                rs.getObject("day_of_month", Integer.class), lastCharge,
                                rs.getObject("latest", LocalDate.class), rs.getLong("last_charge_amount")));
                        Arrays.fill(sums, 0);
                    }
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    if (day != null) {
                        sums[0] += rs.getLong("outstanding");
                        sums[1] += rs.getLong("overdue");
                        sums[2] += rs.getLong("frozen");
                        sums[3] += rs.getLong("interest");
                        history.computeIfAbsent(id, k -> new TreeMap<>()).put(day, new Balance(Money.of(sums[0]),
                                Money.of(sums[1]), Money.of(sums[2]), Money.of(sums[3])));
                    }
                });
        return result;
    }
}

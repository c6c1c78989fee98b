package vn.vbsp.portal.loan.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.PaymentRefused;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * A whole sheet's collections at once, set-wise, with the same rules as {@link RepaymentService#collect} line by
 * line: the sheet's loans locked together in id order, checked open and able to take the date, brought up to it, then
 * each line's interest (no more than owed) and principal (no more than outstanding, overdue first) written with one
 * COPY, the loans cleared closed and each loan audited with its balances before and after. A line that pays off the
 * whole principal is charged the interest earned since the last charge first, as {@link RepaymentService#collect}
 * charges it ({@link DueReckoning#notYetCharged}). A line the rules refuse is a {@link PaymentRefused}.
 */
@Component
public class SheetCollection {

    /** What one loan pays on the sheet; {@code token} makes it idempotent. */
    public record Item(long loanId, Money interest, Money principal, String token) {
    }

    /** The ledger rows a line posted (either may be null). */
    public record Done(Long interestTxnId, Long principalTxnId) {
    }

    private record Facts(String loanNo, String status, Money principal, LocalDate disbursedOn, LocalDate latest) {
    }

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final BookCatchUp catchUp;
    private final LoanBalances balances;
    private final InstalmentRows schedules;
    private final DueReckoning reckoning;
    private final AuditTrail audit;
    private final Formats fmt;

    @PersistenceContext
    private EntityManager entities;

    SheetCollection(JdbcClient jdbc, Ledger ledger, BookCatchUp catchUp, LoanBalances balances,
            InstalmentRows schedules, DueReckoning reckoning, AuditTrail audit, Formats fmt) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.catchUp = catchUp;
        this.balances = balances;
        this.schedules = schedules;
        this.reckoning = reckoning;
        this.audit = audit;
        this.fmt = fmt;
    }

    /** Posts every item on {@code date} in the caller's transaction; answers each loan's rows. */
    @Transactional
    public Map<Long, Done> collect(LocalDate date, List<Item> items, String by) {
        Map<Long, Done> done = new HashMap<>();
        if (items.isEmpty()) {
            return done;
        }
        entities.flush();
        ledger.checkNotFuture(date);
        List<Long> ids = items.stream().map(Item::loanId).distinct().sorted().toList();
        Map<Long, Facts> facts = lock(ids);
        List<String> keys = new ArrayList<>();
        items.forEach(i -> {
            keys.add(interestKey(i));
            keys.add(principalKey(i));
        });
        Map<String, Long> already = ledger.idsOf(keys);
        List<Item> open = new ArrayList<>();
        for (Item item : items) {
            if (already.containsKey(interestKey(item)) || already.containsKey(principalKey(item))) {
                done.put(item.loanId(), new Done(already.get(interestKey(item)), already.get(principalKey(item))));
                continue;
            }
            check(item, facts.get(item.loanId()), date);
            open.add(item);
        }
        if (open.isEmpty()) {
            return done;
        }
        List<Long> openIds = open.stream().map(Item::loanId).toList();
        Map<Long, Balance> before = balances.asOf(openIds, date);
        List<LedgerEntry> caughtUp = catchUp.bringLockedUpTo(date, openIds, by);
        Map<Long, Balance> held = caughtUp.isEmpty() ? before : balances.asOf(openIds, date);
        Map<Long, List<ScheduledInstalment>> schedules = this.schedules.of(openIds);

        Map<Long, Money> toCharge = reckoning.notYetCharged(open.stream()
                .filter(item -> item.principal() != null && item.principal().isPositive()
                        && item.principal().equals(held.get(item.loanId()).outstanding()))
                .map(Item::loanId).toList(), date);

        Map<Long, List<LedgerEntry>> rows = new LinkedHashMap<>();
        for (Item item : open) {
            Balance balance = held.get(item.loanId());
            Money interest = item.interest() == null ? Money.ZERO : item.interest();
            Money principal = item.principal() == null ? Money.ZERO : item.principal();
            if (interest.compareTo(balance.interestOwed()) > 0) {
                throw new PaymentRefused(item.loanId(), LoanRuleException.at("interest", "loan.error.more-than-interest",
                        fmt.money(interest), fmt.money(balance.interestOwed())));
            }
            if (principal.compareTo(balance.outstanding()) > 0) {
                throw new PaymentRefused(item.loanId(), LoanRuleException.at("principal", "loan.error.more-than-outstanding",
                        fmt.money(principal), fmt.money(balance.outstanding())));
            }
            List<LedgerEntry> paid = new ArrayList<>();
            if (interest.isPositive()) {
                paid.add(LedgerEntry.of(item.loanId(), date, TxnKind.INTEREST_PAYMENT, interest.dong())
                        .moves(0, 0, 0, -interest.dong()).key(interestKey(item)));
            }
            Money earned = toCharge.getOrDefault(item.loanId(), Money.ZERO);
            if (earned.isPositive()) {
                // paid off: the interest earned since the last charge is charged before the principal, as the one-loan repayment does
                paid.add(LedgerEntry.of(item.loanId(), date, TxnKind.INTEREST_CHARGE, earned.dong())
                        .moves(0, 0, 0, earned.dong()).key(CatchUp.interestKey(item.loanId(), date)));
            }
            if (principal.isPositive()) {
                paid.add(RepaymentService.principalRow(item.loanId(), facts.get(item.loanId()).principal(),
                        schedules.getOrDefault(item.loanId(), List.of()), date, principal, balance)
                        .key(principalKey(item)));
            }
            rows.put(item.loanId(), paid);
        }
        List<LedgerEntry> all = rows.values().stream().flatMap(List::stream).toList();
        ledger.postAll(all, by);
        Map<String, Long> written = ledger.idsOf(all.stream().map(LedgerEntry::getIdempotencyKey).toList());
        open.stream().filter(item -> rows.containsKey(item.loanId())).forEach(item -> done.put(item.loanId(),
                new Done(written.get(interestKey(item)), written.get(principalKey(item)))));
        closeAndAudit(rows, caughtUp, before, held, facts, written, by);
        entities.flush();
        entities.clear();
        return done;
    }

    /** The sheet's loans, locked in id order (as the book-wide run locks them, so neither waits on the other in a cycle). */
    private Map<Long, Facts> lock(List<Long> ids) {
        Map<Long, Facts> facts = new HashMap<>();
        jdbc.sql("""
                select l.id, l.loan_no, l.status, l.principal, l.disbursed_on,
                       (select max(t.business_date) from loan_txn t where t.loan_id = l.id) as latest
                from loan l where l.id in (:ids) order by l.id for update of l
                """).param("ids", ids)
                .query(rs -> {
                    LocalDate disbursed = rs.getObject("disbursed_on", LocalDate.class);
                    LocalDate latest = rs.getObject("latest", LocalDate.class);
                    facts.put(rs.getLong("id"), new Facts(rs.getString("loan_no"), rs.getString("status"),
                            Money.of(rs.getLong("principal")), disbursed, latest == null ? disbursed : latest));
                });
        return facts;
    }

    /** The loan takes a posting on the date, as {@link Ledger#checkOpen} and {@link Ledger#checkDate} say. */
    private void check(Item item, Facts loan, LocalDate date) {
        if (loan == null) {
            throw new LoanNotFoundException(DisbursementService.ENTITY, item.loanId());
        }
        if (!LoanStatus.ACTIVE.name().equals(loan.status())) {
            throw new PaymentRefused(item.loanId(), new LoanRuleException("loan.error.closed", loan.loanNo(),
                    LoanRuleException.label("loan.status." + loan.status())));
        }
        if (date.isBefore(loan.disbursedOn())) {
            throw new PaymentRefused(item.loanId(), LoanRuleException.at("businessDate", "loan.error.before-disbursement",
                    fmt.date(date), fmt.date(loan.disbursedOn())));
        }
        if (date.isBefore(loan.latest())) {
            throw new PaymentRefused(item.loanId(), LoanRuleException.at("businessDate", "loan.error.before-latest",
                    fmt.date(date), fmt.date(loan.latest())));
        }
    }

    private void closeAndAudit(Map<Long, List<LedgerEntry>> rows, List<LedgerEntry> caughtUp, Map<Long, Balance> before,
            Map<Long, Balance> held, Map<Long, Facts> facts, Map<String, Long> written, String by) {
        List<Long> cleared = new ArrayList<>();
        List<AuditTrail.Entry> entries = new ArrayList<>();
        Map<Long, List<LedgerEntry>> caughtUpByLoan = new HashMap<>();
        caughtUp.forEach(e -> caughtUpByLoan.computeIfAbsent(e.getLoanId(), k -> new ArrayList<>()).add(e));
        rows.forEach((loanId, paid) -> {
            long[] after = moved(held.get(loanId), paid);
            Balance then = new Balance(Money.of(after[0]), Money.of(after[1]), Money.of(after[2]), Money.of(after[3]));
            boolean clear = then.cleared();
            if (clear) {
                cleared.add(loanId);
            }
            Map<String, Object> was = LoanDesk.view(facts.get(loanId).loanNo(), before.get(loanId));
            was.put("status", LoanStatus.ACTIVE.name());
            Map<String, Object> now = LoanDesk.view(facts.get(loanId).loanNo(), then);
            now.put("status", clear ? LoanStatus.SETTLED.name() : LoanStatus.ACTIVE.name());
            List<Object> ledgerRows = new ArrayList<>();
            caughtUpByLoan.getOrDefault(loanId, List.of()).forEach(e -> ledgerRows.add(e.auditView(null)));
            paid.forEach(e -> ledgerRows.add(e.auditView(written.get(e.getIdempotencyKey()))));
            now.put("ledger", ledgerRows);
            entries.add(new AuditTrail.Entry(loanId, was, now));
        });
        if (!cleared.isEmpty()) {
            jdbc.sql("update loan set status = :status where id in (:ids)").param("status", LoanStatus.SETTLED.name())
                    .param("ids", cleared).update();
        }
        audit.recordAllAs(by, "LOAN_COLLECTED", DisbursementService.ENTITY, entries);
    }

    private static long[] moved(Balance balance, List<LedgerEntry> rows) {
        long[] sums = {balance.outstanding().dong(), balance.overdue().dong(), balance.frozen().dong(),
                balance.interestOwed().dong()};
        for (LedgerEntry row : rows) {
            long[] m = row.movements();
            for (int i = 0; i < 4; i++) {
                sums[i] += m[i];
            }
        }
        return sums;
    }

    private static String interestKey(Item item) {
        return "COLI:" + item.token();
    }

    private static String principalKey(Item item) {
        return "COLP:" + item.token();
    }
}

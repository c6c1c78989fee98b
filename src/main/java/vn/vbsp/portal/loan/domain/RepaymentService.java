package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * What borrowers pay: principal at the transaction point (overdue principal first, then the earliest instalments),
 * the month's interest, and early repayment of everything (tất toán) with the interest owed up to that day.
 * Each use case is one transaction on the locked loan; a refusal leaves the ledger as it was.
 */
@Service
public class RepaymentService {

    private final LoanDesk desk;
    private final LoanRepository loans;
    private final Ledger ledger;
    private final LoanBalances balances;
    private final CatchUp catchUp;
    private final ScheduledInstalmentRepository instalments;
    private final LedgerEntryRepository entries;
    private final Formats fmt;

    RepaymentService(LoanDesk desk, LoanRepository loans, Ledger ledger, LoanBalances balances, CatchUp catchUp,
            ScheduledInstalmentRepository instalments, LedgerEntryRepository entries, Formats fmt) {
        this.entries = entries;
        this.desk = desk;
        this.loans = loans;
        this.ledger = ledger;
        this.balances = balances;
        this.catchUp = catchUp;
        this.instalments = instalments;
        this.fmt = fmt;
    }

    /** Posts a principal repayment; the same form sent twice posts once. */
    @Transactional
    public void repayPrincipal(long loanId, LocalDate date, Money amount, String token, String by) {
        checkPositive(amount);
        String key = key("PAY:", token);
        if (ledger.posted(key)) {
            return;
        }
        LoanDesk.Opened opened = desk.open(loanId, date, by);
        if (ledger.posted(key)) {
            return;
        }
        Balance held = balances.asOf(loanId, date);
        if (amount.compareTo(held.outstanding()) > 0) {
            throw LoanRuleException.at("amount", "loan.error.more-than-outstanding", fmt.money(amount),
                    fmt.money(held.outstanding()));
        }
        List<LedgerEntry> posted = new ArrayList<>();
        if (amount.equals(held.outstanding())) {
            // the last of the principal: the interest it earned since the last charge is owed from today
            catchUp.chargeUpTo(opened.loan(), date, by).ifPresent(posted::add);
            held = balances.asOf(loanId, date);
        }
        posted.add(ledger.post(principalRow(opened.loan(), date, amount, held).key(key), by));
        desk.closeIfCleared(opened, LoanStatus.SETTLED);
        desk.audit("LOAN_PRINCIPAL_REPAID", opened, posted, by);
    }

    /** Posts an interest payment, no more than the interest owed. */
    @Transactional
    public void payInterest(long loanId, LocalDate date, Money amount, String token, String by) {
        checkPositive(amount);
        String key = key("INTP:", token);
        if (ledger.posted(key)) {
            return;
        }
        LoanDesk.Opened opened = desk.open(loanId, date, by);
        if (ledger.posted(key)) {
            return;
        }
        Balance held = balances.asOf(loanId, date);
        if (amount.compareTo(held.interestOwed()) > 0) {
            throw LoanRuleException.at("amount", "loan.error.more-than-interest", fmt.money(amount),
                    fmt.money(held.interestOwed()));
        }
        LedgerEntry row = ledger.post(LedgerEntry.of(loanId, date, TxnKind.INTEREST_PAYMENT, amount.dong())
                .moves(0, 0, 0, -amount.dong()).key(key), by);
        desk.closeIfCleared(opened, LoanStatus.SETTLED);
        desk.audit("LOAN_INTEREST_PAID", opened, List.of(row), by);
    }

    /**
     * What a borrower pays on a transaction day, in one go on the locked loan brought up to the day: interest first
     * (no more than owed), then principal (no more than outstanding, overdue first). {@code token} makes it
     * idempotent; answers the ledger rows posted (null where nothing of that kind was paid).
     */
    @Transactional
    public Collected collect(long loanId, LocalDate date, Money interest, Money principal, String token, String by) {
        String interestKey = key("COLI:", token);
        String principalKey = key("COLP:", token);
        if (ledger.posted(interestKey) || ledger.posted(principalKey)) {
            return collected(interestKey, principalKey);
        }
        LoanDesk.Opened opened = desk.open(loanId, date, by);
        if (ledger.posted(interestKey) || ledger.posted(principalKey)) {
            return collected(interestKey, principalKey);
        }
        List<LedgerEntry> posted = new ArrayList<>();
        Long interestRow = null;
        Long principalRow = null;
        if (interest != null && interest.isPositive()) {
            Balance held = balances.asOf(loanId, date);
            if (interest.compareTo(held.interestOwed()) > 0) {
                throw LoanRuleException.at("interest", "loan.error.more-than-interest", fmt.money(interest),
                        fmt.money(held.interestOwed()));
            }
            LedgerEntry row = ledger.post(LedgerEntry.of(loanId, date, TxnKind.INTEREST_PAYMENT, interest.dong())
                    .moves(0, 0, 0, -interest.dong()).key(interestKey), by);
            posted.add(row);
            interestRow = row.getId();
        }
        if (principal != null && principal.isPositive()) {
            Balance held = balances.asOf(loanId, date);
            if (principal.compareTo(held.outstanding()) > 0) {
                throw LoanRuleException.at("principal", "loan.error.more-than-outstanding", fmt.money(principal),
                        fmt.money(held.outstanding()));
            }
            if (principal.equals(held.outstanding())) {
                catchUp.chargeUpTo(opened.loan(), date, by).ifPresent(posted::add);
                held = balances.asOf(loanId, date);
            }
            LedgerEntry row = ledger.post(principalRow(opened.loan(), date, principal, held).key(principalKey), by);
            posted.add(row);
            principalRow = row.getId();
        }
        desk.closeIfCleared(opened, LoanStatus.SETTLED);
        desk.audit("LOAN_COLLECTED", opened, posted, by);
        return new Collected(interestRow, principalRow);
    }

    /** The ledger rows a collection posted: the interest payment and the principal repayment, either may be null. */
    public record Collected(Long interestTxnId, Long principalTxnId) {
    }

    private Collected collected(String interestKey, String principalKey) {
        return new Collected(rowId(interestKey), rowId(principalKey));
    }

    private Long rowId(String key) {
        return key == null ? null : entries.findByIdempotencyKey(key).map(LedgerEntry::getId).orElse(null);
    }

    /**
     * Undoes a repayment or interest payment posted by mistake: a REVERSAL row on the loan, dated the original's day
     * while nothing later was posted on the loan, otherwise on {@code today} after bringing the loan up to it. Only a
     * director, with a reason; a row already reversed is refused.
     */
    @Transactional
    public long reverse(long txnId, String reason, LocalDate today, String director) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw LoanRuleException.at("reason", "loan.error.reason-required");
        }
        LedgerEntry original = entries.findById(txnId)
                .orElseThrow(() -> new LoanNotFoundException("loan_txn", txnId));
        if (original.getKind() != TxnKind.PRINCIPAL_REPAYMENT && original.getKind() != TxnKind.INTEREST_PAYMENT) {
            throw new LoanRuleException("loan.error.not-reversible");
        }
        String key = "REV:" + txnId;
        Loan loan = desk.lock(original.getLoanId());
        Optional<LedgerEntry> done = entries.findByIdempotencyKey(key);
        if (done.isPresent()) {
            return done.get().getId();
        }
        LocalDate latest = entries.latestDate(loan.getId()).orElse(original.getBusinessDate());
        LocalDate on = latest.isAfter(original.getBusinessDate()) ? today : original.getBusinessDate();
        LoanDesk.Opened opened = desk.open(loan.getId(), on, director);
        LedgerEntry reversal = ledger.post(LedgerEntry.reversalOf(original).dated(on).note("Đảo bút toán: " + why)
                .key(key), director);
        desk.audit("LOAN_PAYMENT_REVERSED", opened, List.of(reversal), director);
        return reversal.getId();
    }

    /**
     * Settles the loan on {@code date}: charges the interest earned since the last charge, then takes all interest
     * owed and all principal outstanding (frozen included). The loan is SETTLED.
     */
    @Transactional
    public void settle(long loanId, LocalDate date, String token, String by) {
        String key = key("SETTLE:", token);
        if (key != null && (ledger.posted(key + ":P") || ledger.posted(key + ":I"))) {
            return;
        }
        LoanDesk.Opened opened = desk.open(loanId, date, by);
        if (key != null && (ledger.posted(key + ":P") || ledger.posted(key + ":I"))) {
            return;
        }
        List<LedgerEntry> posted = new ArrayList<>();
        catchUp.chargeUpTo(opened.loan(), date, by).ifPresent(posted::add);
        Balance held = balances.asOf(loanId, date);
        if (held.interestOwed().isPositive()) {
            posted.add(ledger.post(LedgerEntry.of(loanId, date, TxnKind.INTEREST_PAYMENT, held.interestOwed().dong())
                    .moves(0, 0, 0, -held.interestOwed().dong()).key(key == null ? null : key + ":I")
                    .note("Tất toán"), by));
        }
        if (held.outstanding().isPositive()) {
            posted.add(ledger.post(principalRow(opened.loan(), date, held.outstanding(), held)
                    .key(key == null ? null : key + ":P").note("Tất toán"), by));
        }
        desk.closeIfCleared(opened, LoanStatus.SETTLED);
        desk.audit("LOAN_SETTLED", opened, posted, by);
    }

    /** What settling a loan on a day takes: all principal outstanding, and interest owed with what is not yet charged. */
    public record Quote(Money principal, Money interest) {

        public Money total() {
            return principal.plus(interest);
        }
    }

    /** What settling on {@code date} would take, posting nothing. */
    @Transactional(readOnly = true)
    public Quote settlementQuote(long loanId, LocalDate date) {
        Loan loan = loans.findById(loanId).orElseThrow(() -> new LoanNotFoundException(DisbursementService.ENTITY, loanId));
        Balance held = balances.asOf(loanId, date);
        return new Quote(held.outstanding(), held.interestOwed().plus(catchUp.notYetCharged(loan, date)));
    }

    /**
     * A principal repayment row: the overdue part first (d_overdue), then in-term principal, then frozen principal
     * (d_frozen); it names the earliest instalment it pays towards.
     */
    private LedgerEntry principalRow(Loan loan, LocalDate date, Money amount, Balance held) {
        return principalRow(loan.getId(), loan.getPrincipal(), instalments.findByLoanIdOrderBySeq(loan.getId()), date,
                amount, held);
    }

    /** The principal repayment row of {@code amount} on a loan of {@code principal} with its schedule and balances. */
    static LedgerEntry principalRow(long loanId, Money principal, List<ScheduledInstalment> schedule, LocalDate date,
            Money amount, Balance held) {
        long overduePart = Math.min(amount.dong(), held.overdue().dong());
        long rest = amount.dong() - overduePart;
        long inTermPart = Math.min(rest, Math.max(0, held.inTerm().dong()));
        long frozenPart = rest - inTermPart;
        Long instalmentId = OverdueRule.firstUnpaid(schedule, principal, held)
                .map(ScheduledInstalment::getId).orElse(null);
        return LedgerEntry.of(loanId, date, TxnKind.PRINCIPAL_REPAYMENT, amount.dong())
                .moves(-amount.dong(), -overduePart, -frozenPart, 0).instalment(instalmentId);
    }

    private static void checkPositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw LoanRuleException.at("amount", "loan.error.amount-positive");
        }
    }

    private static String key(String prefix, String token) {
        return token == null || token.isBlank() ? null : prefix + token;
    }
}

package vn.vbsp.portal.loan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import vn.vbsp.portal.shared.Money;

/**
 * One row of the loan ledger ({@code loan_txn}): a money event with the signed movements it makes to the loan's
 * outstanding, overdue and frozen principal and to the interest owed. Written once, never changed (the database
 * refuses updates and deletes); a mistake is undone by a {@link TxnKind#REVERSAL} row.
 */
@Entity
@Immutable
@Table(name = "loan_txn")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_id", nullable = false)
    private long loanId;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TxnKind kind;

    @Column(nullable = false)
    private Money amount;

    @Column(name = "d_outstanding", nullable = false)
    private Money dOutstanding = Money.ZERO;

    @Column(name = "d_overdue", nullable = false)
    private Money dOverdue = Money.ZERO;

    @Column(name = "d_frozen", nullable = false)
    private Money dFrozen = Money.ZERO;

    @Column(name = "d_interest", nullable = false)
    private Money dInterest = Money.ZERO;

    @Column(name = "instalment_id")
    private Long instalmentId;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(length = 100)
    private String reference;

    @Column(length = 500)
    private String note;

    @Column(name = "idempotency_key", length = 80)
    private String idempotencyKey;

    @Column(name = "posted_by", nullable = false, length = 50)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private OffsetDateTime postedAt;

    protected LedgerEntry() {
    }

    private LedgerEntry(long loanId, LocalDate businessDate, TxnKind kind, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a ledger amount is never negative: " + amount);
        }
        this.loanId = loanId;
        this.businessDate = businessDate;
        this.kind = kind;
        this.amount = Money.of(amount);
    }

    /** A row of {@code kind} for {@code amount}; the movements are set with {@link #moves}. */
    static LedgerEntry of(long loanId, LocalDate businessDate, TxnKind kind, long amount) {
        return new LedgerEntry(loanId, businessDate, kind, amount);
    }

    /** The row that undoes {@code original}: the same amount, every movement negated, on the same business date. */
    static LedgerEntry reversalOf(LedgerEntry original) {
        LedgerEntry reversal = new LedgerEntry(original.loanId, original.businessDate, TxnKind.REVERSAL,
                original.amount.dong());
        reversal.dOutstanding = original.dOutstanding.negate();
        reversal.dOverdue = original.dOverdue.negate();
        reversal.dFrozen = original.dFrozen.negate();
        reversal.dInterest = original.dInterest.negate();
        reversal.instalmentId = original.instalmentId;
        reversal.reversesId = original.id;
        return reversal;
    }

    /** The same row on another business date (a reversal posted after later rows). */
    LedgerEntry dated(LocalDate date) {
        this.businessDate = date;
        return this;
    }

    LedgerEntry moves(long outstanding, long overdue, long frozen, long interest) {
        this.dOutstanding = Money.of(outstanding);
        this.dOverdue = Money.of(overdue);
        this.dFrozen = Money.of(frozen);
        this.dInterest = Money.of(interest);
        return this;
    }

    LedgerEntry instalment(Long instalmentId) {
        this.instalmentId = instalmentId;
        return this;
    }

    LedgerEntry reference(String reference) {
        this.reference = reference;
        return this;
    }

    LedgerEntry note(String note) {
        this.note = note;
        return this;
    }

    LedgerEntry key(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
        return this;
    }

    LedgerEntry postedBy(String username, OffsetDateTime at) {
        this.postedBy = username;
        this.postedAt = at;
        return this;
    }

    public Map<String, Object> auditView() {
        return auditView(id);
    }

    /** The audit view of a row written in bulk, whose id was read back afterwards. */
    Map<String, Object> auditView(Long rowId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", rowId);
        view.put("businessDate", businessDate.toString());
        view.put("kind", kind.name());
        view.put("amount", amount.dong());
        view.put("dOutstanding", dOutstanding.dong());
        view.put("dOverdue", dOverdue.dong());
        view.put("dFrozen", dFrozen.dong());
        view.put("dInterest", dInterest.dong());
        view.put("instalmentId", instalmentId);
        view.put("reversesId", reversesId);
        view.put("reference", reference);
        return view;
    }

    /** The row's fields in the order {@link Ledger#postAll} copies them. */
    Object[] copyFields() {
        return new Object[] {loanId, businessDate, kind.name(), amount.dong(), dOutstanding.dong(), dOverdue.dong(),
                dFrozen.dong(), dInterest.dong(), instalmentId, note, idempotencyKey};
    }

    /** The row's movements as balances change: outstanding, overdue, frozen, interest owed. */
    long[] movements() {
        return new long[] {dOutstanding.dong(), dOverdue.dong(), dFrozen.dong(), dInterest.dong()};
    }

    public Long getId() {
        return id;
    }

    public long getLoanId() {
        return loanId;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public TxnKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return amount;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}

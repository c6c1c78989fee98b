package vn.vbsp.portal.loan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import vn.vbsp.portal.shared.Money;

/**
 * One principal instalment of a loan's schedule. An extension moves its due date and keeps the original; a
 * rescheduling gives it a new date and amount.
 */
@Entity
@Table(name = "loan_instalment")
public class ScheduledInstalment {

    /** Due order: by due date, then by number. */
    public static final Comparator<ScheduledInstalment> DUE_ORDER =
            Comparator.comparing(ScheduledInstalment::getDueOn).thenComparing(ScheduledInstalment::getSeq);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    private long loanId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "principal_due", nullable = false)
    private Money principalDue;

    @Column(name = "original_due_on", nullable = false)
    private LocalDate originalDueOn;

    @Column(nullable = false)
    private boolean extended;

    protected ScheduledInstalment() {
    }

    ScheduledInstalment(long loanId, int seq, LocalDate dueOn, Money principalDue) {
        this.loanId = loanId;
        this.seq = seq;
        this.dueOn = dueOn;
        this.principalDue = principalDue;
        this.originalDueOn = dueOn;
    }

    /** A row as the database holds it, read without the persistence context (for set-wise checks that change nothing). */
    static ScheduledInstalment held(long id, long loanId, int seq, LocalDate dueOn, Money principalDue,
            LocalDate originalDueOn, boolean extended) {
        ScheduledInstalment row = new ScheduledInstalment(loanId, seq, dueOn, principalDue);
        row.id = id;
        row.originalDueOn = originalDueOn;
        row.extended = extended;
        return row;
    }

    void extendTo(LocalDate newDueOn) {
        this.dueOn = newDueOn;
        this.extended = true;
    }

    /** A new schedule's date and amount for this row. */
    void replace(LocalDate newDueOn, Money newPrincipalDue) {
        this.dueOn = newDueOn;
        this.originalDueOn = newDueOn;
        this.principalDue = newPrincipalDue;
        this.extended = false;
    }

    public Long getId() {
        return id;
    }

    public long getLoanId() {
        return loanId;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Money getPrincipalDue() {
        return principalDue;
    }

    public LocalDate getOriginalDueOn() {
        return originalDueOn;
    }

    public boolean isExtended() {
        return extended;
    }
}

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
import vn.vbsp.portal.shared.Money;

/**
 * A risk decision on a loan (gia hạn, điều chỉnh kỳ hạn, khoanh nợ, xóa nợ): proposed by staff with a decision
 * number and a reason, approved or rejected by the director. The ledger and schedule change only on approval.
 */
@Entity
@Table(name = "loan_decision")
public class LoanDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    private long loanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private DecisionKind kind;

    @Column(name = "decision_no", nullable = false, updatable = false, length = 50)
    private String decisionNo;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    private Money amount;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "instalment_id", updatable = false)
    private Long instalmentId;

    @Column(name = "new_due_on", updatable = false)
    private LocalDate newDueOn;

    @Column(name = "new_interval_months", updatable = false)
    private Integer newIntervalMonths;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 50)
    private String preparedBy;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DecisionStatus status = DecisionStatus.PROPOSED;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    protected LoanDecision() {
    }

    LoanDecision(long loanId, DecisionKind kind, String decisionNo, String reason, Money amount, LocalDate effectiveOn,
            Long instalmentId, LocalDate newDueOn, Integer newIntervalMonths, String preparedBy) {
        this.loanId = loanId;
        this.kind = kind;
        this.decisionNo = decisionNo;
        this.reason = reason;
        this.amount = amount;
        this.effectiveOn = effectiveOn;
        this.instalmentId = instalmentId;
        this.newDueOn = newDueOn;
        this.newIntervalMonths = newIntervalMonths;
        this.preparedBy = preparedBy;
    }

    /** Approved by {@code director}, taking effect on {@code on} for {@code amount} (what the ledger row carries). */
    void approved(String director, OffsetDateTime at, LocalDate on, Money amount) {
        this.status = DecisionStatus.APPROVED;
        this.approvedBy = director;
        this.approvedAt = at;
        this.effectiveOn = on;
        this.amount = amount;
    }

    void rejected(String director, OffsetDateTime at, String why) {
        this.status = DecisionStatus.REJECTED;
        this.approvedBy = director;
        this.approvedAt = at;
        this.rejectionReason = why;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("loanId", loanId);
        view.put("kind", kind.name());
        view.put("decisionNo", decisionNo);
        view.put("reason", reason);
        view.put("amount", amount == null ? null : amount.dong());
        view.put("effectiveOn", effectiveOn.toString());
        view.put("instalmentId", instalmentId);
        view.put("newDueOn", newDueOn == null ? null : newDueOn.toString());
        view.put("newIntervalMonths", newIntervalMonths);
        view.put("status", status.name());
        view.put("preparedBy", preparedBy);
        view.put("approvedBy", approvedBy);
        view.put("rejectionReason", rejectionReason);
        return view;
    }

    public Long getId() {
        return id;
    }

    public long getLoanId() {
        return loanId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Long getInstalmentId() {
        return instalmentId;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public Integer getNewIntervalMonths() {
        return newIntervalMonths;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public DecisionStatus getStatus() {
        return status;
    }
}

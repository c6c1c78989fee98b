package vn.vbsp.portal.loan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.MoneyConverter;

/** A household's request for a loan (01/TD), and what became of it. */
@Entity
@Table(name = "loan_application")
public class LoanApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private int programmeId;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private long communeId;

    @Convert(converter = MoneyConverter.class)
    @Column(nullable = false, updatable = false)
    private Money amount;

    @Column(name = "term_months", nullable = false, updatable = false)
    private int termMonths;

    @Column(name = "instalment_months", nullable = false, updatable = false)
    private int instalmentMonths;

    @Column(nullable = false, updatable = false, length = 500)
    private String purpose;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 50)
    private String preparedBy;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "submission_key", updatable = false, length = 80)
    private String submissionKey;

    @Version
    private long version;

    protected LoanApplication() {
    }

    public LoanApplication(long householdId, Long groupId, int programmeId, long communeId, Money amount, int termMonths,
            int instalmentMonths, String purpose, LocalDate appliedOn, String preparedBy, String submissionKey) {
        this.householdId = householdId;
        this.groupId = groupId;
        this.programmeId = programmeId;
        this.communeId = communeId;
        this.amount = amount;
        this.termMonths = termMonths;
        this.instalmentMonths = instalmentMonths;
        this.purpose = purpose;
        this.appliedOn = appliedOn;
        this.preparedBy = preparedBy;
        this.submissionKey = submissionKey;
    }

    void reviewed(boolean agreed, String note) {
        if (agreed) {
            status = ApplicationStatus.REVIEWED;
        } else {
            status = ApplicationStatus.REJECTED;
            rejectionReason = note;
        }
    }

    void certified() {
        status = ApplicationStatus.CERTIFIED;
    }

    void approved(String director, OffsetDateTime at, LocalDate on) {
        status = ApplicationStatus.APPROVED;
        decidedBy = director;
        decidedAt = at;
        approvedOn = on;
    }

    void rejected(String director, OffsetDateTime at, String reason) {
        status = ApplicationStatus.REJECTED;
        decidedBy = director;
        decidedAt = at;
        rejectionReason = reason;
    }

    void withdrawn() {
        status = ApplicationStatus.WITHDRAWN;
    }

    void disbursed() {
        status = ApplicationStatus.DISBURSED;
    }

    /** Its disbursement was cancelled the same day: approved again, ready for another payout. */
    void disbursementCancelled() {
        status = ApplicationStatus.APPROVED;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("householdId", householdId);
        view.put("groupId", groupId);
        view.put("programmeId", programmeId);
        view.put("amount", amount.dong());
        view.put("termMonths", termMonths);
        view.put("instalmentMonths", instalmentMonths);
        view.put("status", status.name());
        view.put("preparedBy", preparedBy);
        view.put("decidedBy", decidedBy);
        view.put("approvedOn", approvedOn == null ? null : approvedOn.toString());
        view.put("rejectionReason", rejectionReason);
        return view;
    }

    public Long getId() {
        return id;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getProgrammeId() {
        return programmeId;
    }

    public long getCommuneId() {
        return communeId;
    }

    public Money getAmount() {
        return amount;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public int getInstalmentMonths() {
        return instalmentMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }
}

package vn.vbsp.portal.loan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.shared.Money;

/**
 * A loan account. Its balances are not kept here: they are the sums of its ledger rows
 * ({@link vn.vbsp.portal.loan.LoanBalances}); this row holds what was agreed and whether the loan is still open.
 */
@Entity
@Table(name = "loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "loan_no", nullable = false, updatable = false, length = 30)
    private String loanNo;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "association_id", updatable = false)
    private Integer associationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private int programmeId;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private long communeId;

    @Column(nullable = false, updatable = false)
    private Money principal;

    @Column(name = "disbursed_on", nullable = false, updatable = false)
    private LocalDate disbursedOn;

    @Column(name = "maturity_on", nullable = false)
    private LocalDate maturityOn;

    @Column(name = "instalment_months", nullable = false)
    private int instalmentMonths;

    @Column(length = 500, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LoanStatus status = LoanStatus.ACTIVE;

    @Column(nullable = false, updatable = false)
    private boolean imported;

    @Version
    private long version;

    protected Loan() {
    }

    Loan(String loanNo, LoanApplication application, Integer associationId, LocalDate disbursedOn, LocalDate maturityOn) {
        this.loanNo = loanNo;
        this.applicationId = application.getId();
        this.householdId = application.getHouseholdId();
        this.groupId = application.getGroupId();
        this.associationId = associationId;
        this.programmeId = application.getProgrammeId();
        this.communeId = application.getCommuneId();
        this.principal = application.getAmount();
        this.disbursedOn = disbursedOn;
        this.maturityOn = maturityOn;
        this.instalmentMonths = application.getInstalmentMonths();
        this.purpose = application.getPurpose();
    }

    void closed(LoanStatus status) {
        this.status = status;
    }

    void rescheduled(int instalmentMonths, LocalDate maturityOn) {
        this.instalmentMonths = instalmentMonths;
        this.maturityOn = maturityOn;
    }

    void matures(LocalDate maturityOn) {
        this.maturityOn = maturityOn;
    }

    public boolean isActive() {
        return status == LoanStatus.ACTIVE;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("loanNo", loanNo);
        view.put("applicationId", applicationId);
        view.put("principal", principal.dong());
        view.put("disbursedOn", disbursedOn.toString());
        view.put("maturityOn", maturityOn.toString());
        view.put("instalmentMonths", instalmentMonths);
        view.put("status", status.name());
        return view;
    }

    public Long getId() {
        return id;
    }

    public String getLoanNo() {
        return loanNo;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Integer getAssociationId() {
        return associationId;
    }

    public int getProgrammeId() {
        return programmeId;
    }

    public long getCommuneId() {
        return communeId;
    }

    public Money getPrincipal() {
        return principal;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public LocalDate getMaturityOn() {
        return maturityOn;
    }

    public int getInstalmentMonths() {
        return instalmentMonths;
    }

    public LoanStatus getStatus() {
        return status;
    }
}

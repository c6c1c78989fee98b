package vn.vbsp.portal.loan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The organisation's check, within 30 days of disbursement, that the money went where the application said. */
@Entity
@Table(name = "loan_use_check")
public class UseCheck {

    /** Days after disbursement by which the check is due. */
    public static final int DAYS = 30;

    @Id
    @Column(name = "loan_id")
    private Long loanId;

    @Column(name = "due_by", nullable = false, updatable = false)
    private LocalDate dueBy;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "used_as_intended")
    private Boolean usedAsIntended;

    @Column(length = 200)
    private String checker;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", length = 50)
    private String recordedBy;

    protected UseCheck() {
    }

    UseCheck(long loanId, LocalDate disbursedOn) {
        this.loanId = loanId;
        this.dueBy = disbursedOn.plusDays(DAYS);
    }

    void record(LocalDate checkedOn, boolean usedAsIntended, String checker, String note, String recordedBy) {
        this.checkedOn = checkedOn;
        this.usedAsIntended = usedAsIntended;
        this.checker = checker;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("loanId", loanId);
        view.put("dueBy", dueBy.toString());
        view.put("checkedOn", checkedOn == null ? null : checkedOn.toString());
        view.put("usedAsIntended", usedAsIntended);
        view.put("checker", checker);
        view.put("note", note);
        return view;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }
}

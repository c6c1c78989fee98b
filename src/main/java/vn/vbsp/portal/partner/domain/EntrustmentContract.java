package vn.vbsp.portal.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A signed entrustment contract (hợp đồng ủy thác) of one chapter; its level is the chapter's. */
@Entity
@Table(name = "entrustment_contract")
class EntrustmentContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chapter_id", nullable = false, updatable = false)
    private long chapterId;

    @Column(name = "contract_no", nullable = false)
    private String contractNo;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false)
    private String tasks;

    @Version
    private long version;

    protected EntrustmentContract() {
    }

    EntrustmentContract(long chapterId, ContractCommand command) {
        this.chapterId = chapterId;
        apply(command);
    }

    void apply(ContractCommand command) {
        this.contractNo = command.contractNo();
        this.signedOn = command.signedOn();
        this.endsOn = command.endsOn();
        this.tasks = command.tasks();
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("chapterId", chapterId);
        view.put("contractNo", contractNo);
        view.put("signedOn", signedOn == null ? null : signedOn.toString());
        view.put("endsOn", endsOn == null ? null : endsOn.toString());
        view.put("tasks", tasks);
        return view;
    }

    Long getId() {
        return id;
    }

    long getChapterId() {
        return chapterId;
    }
}

package vn.vbsp.portal.loan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The commune People's Committee's certification (03/TD) of a list of applications. */
@Entity
@Table(name = "commune_certification")
public class CommuneCertification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private long communeId;

    @Column(name = "certified_on", nullable = false, updatable = false)
    private LocalDate certifiedOn;

    @Column(updatable = false, length = 50)
    private String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "commune_certification_item", joinColumns = @JoinColumn(name = "certification_id"))
    @Column(name = "application_id", nullable = false)
    private List<Long> applicationIds = new ArrayList<>();

    protected CommuneCertification() {
    }

    public CommuneCertification(long communeId, LocalDate certifiedOn, String reference, String recordedBy,
            List<Long> applicationIds) {
        this.communeId = communeId;
        this.certifiedOn = certifiedOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.applicationIds = new ArrayList<>(applicationIds);
    }

    public Long getId() {
        return id;
    }
}

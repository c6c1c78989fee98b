package vn.vbsp.portal.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A programme's annual rate from a date on. Written once and never changed: a new decision is a new row, so that
 * interest already charged under the old rate can always be explained.
 */
@Entity
@Table(name = "programme_rate")
public class ProgrammeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Integer programmeId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "annual_rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    @Column(updatable = false, length = 100)
    private String decision;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgrammeRate() {
    }

    ProgrammeRate(int programmeId, LocalDate effectiveFrom, BigDecimal annualRate, String decision, String createdBy, Instant createdAt) {
        this.programmeId = programmeId;
        this.effectiveFrom = effectiveFrom;
        this.annualRate = annualRate;
        this.decision = decision;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Map<String, Object> auditView(String programmeCode) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("programme", programmeCode);
        view.put("effectiveFrom", effectiveFrom.toString());
        view.put("annualRate", annualRate.toPlainString());
        view.put("decision", decision);
        return view;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }
}

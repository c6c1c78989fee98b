package vn.vbsp.portal.capital.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vbsp.portal.shared.Money;

/** One line of a commune's yearly capital plan: how much of one source the Board assigned to one programme. */
@Entity
@Table(name = "capital_plan")
public class CapitalPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private long communeId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private int programmeId;

    @Column(name = "source_id", nullable = false, updatable = false)
    private int sourceId;

    @Column(nullable = false)
    private Money amount;

    @Version
    private long version;

    protected CapitalPlan() {
    }

    public CapitalPlan(int year, long communeId, int programmeId, int sourceId, Money amount) {
        this.year = year;
        this.communeId = communeId;
        this.programmeId = programmeId;
        this.sourceId = sourceId;
        this.amount = amount;
    }

    void change(Money amount) {
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public int getProgrammeId() {
        return programmeId;
    }

    public int getSourceId() {
        return sourceId;
    }

    public Money getAmount() {
        return amount;
    }
}

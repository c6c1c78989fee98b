package vn.vbsp.portal.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.Money;

/** A loan programme's terms. Its rates live in {@link ProgrammeRate}, one row per effective date. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, updatable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "overdue_rate_pct", nullable = false, precision = 6, scale = 2)
    private BigDecimal overdueRatePct;

    private Money ceiling;

    @Column(name = "max_term_months")
    private Integer maxTermMonths;

    /** Comma-separated {@link PovertyCategory} codes, as V006 stores them. */
    @Column(name = "eligible_categories", nullable = false, length = 80)
    private String eligibleCategories;

    @Column(name = "through_groups", nullable = false)
    private boolean throughGroups;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Programme() {
    }

    public void changeTerms(ProgrammeChange change) {
        this.overdueRatePct = change.overdueRatePct();
        this.ceiling = change.ceiling();
        this.maxTermMonths = change.maxTermMonths();
        this.eligibleCategories = PovertyCategory.joinList(change.eligibleCategories());
        this.throughGroups = change.throughGroups();
        this.active = change.active();
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("overdueRatePct", overdueRatePct.toPlainString());
        view.put("ceiling", ceiling == null ? null : ceiling.dong());
        view.put("maxTermMonths", maxTermMonths);
        view.put("eligibleCategories", eligibleCategories);
        view.put("throughGroups", throughGroups);
        view.put("active", active);
        return view;
    }

    public Integer getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getOverdueRatePct() {
        return overdueRatePct;
    }

    public Money getCeiling() {
        return ceiling;
    }

    public Integer getMaxTermMonths() {
        return maxTermMonths;
    }

    public Set<PovertyCategory> getEligibleCategories() {
        return PovertyCategory.parseList(eligibleCategories);
    }

    public boolean isThroughGroups() {
        return throughGroups;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}

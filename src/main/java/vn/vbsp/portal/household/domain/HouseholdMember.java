package vn.vbsp.portal.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person living in a household, other than its head. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String relation;

    @Column(name = "birth_year")
    private Integer birthYear;

    protected HouseholdMember() {
    }

    HouseholdMember(Household household) {
        this.household = household;
    }

    void assign(String fullName, String relation, Integer birthYear) {
        this.fullName = fullName;
        this.relation = relation;
        this.birthYear = birthYear;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("fullName", fullName);
        view.put("relation", relation);
        view.put("birthYear", birthYear);
        return view;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRelation() {
        return relation;
    }

    public Integer getBirthYear() {
        return birthYear;
    }
}

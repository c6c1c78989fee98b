package vn.vbsp.portal.group.domain;

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

/** A savings-and-loan group (Tổ TK&VV). */
@Entity
@Table(name = "savings_group")
class SavingsGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "chapter_id", nullable = false, updatable = false)
    private long chapterId;

    // the chapter's organisation, copied so that the database can hold a household to one group per organisation
    @Column(name = "association_id", nullable = false, updatable = false)
    private int associationId;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "leader_household_id")
    private Long leaderHouseholdId;

    @Column(name = "deputy_household_id")
    private Long deputyHouseholdId;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected SavingsGroup() {
    }

    SavingsGroup(String code, String name, long chapterId, int associationId, long villageId, LocalDate foundedOn) {
        this.code = code;
        this.name = name;
        this.chapterId = chapterId;
        this.associationId = associationId;
        this.villageId = villageId;
        this.foundedOn = foundedOn;
    }

    void appointLeaders(Long leader, Long deputy) {
        this.leaderHouseholdId = leader;
        this.deputyHouseholdId = deputy;
    }

    boolean isLeader(long householdId) {
        return leaderHouseholdId != null && leaderHouseholdId == householdId;
    }

    boolean isDeputy(long householdId) {
        return deputyHouseholdId != null && deputyHouseholdId == householdId;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("name", name);
        view.put("chapterId", chapterId);
        view.put("associationId", associationId);
        view.put("villageId", villageId);
        view.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
        view.put("leaderHouseholdId", leaderHouseholdId);
        view.put("deputyHouseholdId", deputyHouseholdId);
        view.put("active", active);
        return view;
    }

    Long getId() {
        return id;
    }

    int getAssociationId() {
        return associationId;
    }

    long getVillageId() {
        return villageId;
    }

    Long getLeaderHouseholdId() {
        return leaderHouseholdId;
    }

    Long getDeputyHouseholdId() {
        return deputyHouseholdId;
    }
}

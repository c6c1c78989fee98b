package vn.vbsp.portal.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A household's membership of a group, from the day it joined to the day it left; never deleted. */
@Entity
@Table(name = "group_member")
class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "association_id", nullable = false, updatable = false)
    private int associationId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "joined_on", nullable = false, updatable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected GroupMember() {
    }

    GroupMember(long groupId, int associationId, long householdId, LocalDate joinedOn) {
        this.groupId = groupId;
        this.associationId = associationId;
        this.householdId = householdId;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    boolean isActive() {
        return leftOn == null;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("groupId", groupId);
        view.put("associationId", associationId);
        view.put("householdId", householdId);
        view.put("joinedOn", joinedOn.toString());
        view.put("leftOn", leftOn == null ? null : leftOn.toString());
        return view;
    }

    Long getId() {
        return id;
    }

    long getGroupId() {
        return groupId;
    }

    long getHouseholdId() {
        return householdId;
    }

    LocalDate getJoinedOn() {
        return joinedOn;
    }
}

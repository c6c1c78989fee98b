package vn.vbsp.portal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.supervision.InspectionLevel;
import vn.vbsp.portal.supervision.InspectionResult;

/** One inspection as recorded; the organisation and commune are filled by the database from the group. */
@Entity
@Table(name = "inspection")
class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionLevel level;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(nullable = false)
    private String inspector;

    @Column(nullable = false)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionResult result;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Inspection() {
    }

    Inspection(Long planId, InspectionLevel level, LocalDate inspectedOn, Long groupId, Long householdId,
            String inspector, String findings, InspectionResult result, String followUp, String recordedBy) {
        this.planId = planId;
        this.level = level;
        this.inspectedOn = inspectedOn;
        this.groupId = groupId;
        this.householdId = householdId;
        this.inspector = inspector;
        this.findings = findings;
        this.result = result;
        this.followUp = followUp;
        this.recordedBy = recordedBy;
    }

    Long id() {
        return id;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("planId", planId);
        s.put("level", level.name());
        s.put("inspectedOn", inspectedOn.toString());
        s.put("groupId", groupId);
        s.put("householdId", householdId);
        s.put("inspector", inspector);
        s.put("findings", findings);
        s.put("result", result.name());
        s.put("followUp", followUp);
        return s;
    }
}

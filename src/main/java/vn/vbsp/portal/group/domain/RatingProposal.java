package vn.vbsp.portal.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.ProposalStatus;

/** An association officer's proposal of a group's rating for a year, waiting for the DIRECTOR or decided by them. */
@Entity
@Table(name = "group_rating_proposal")
class RatingProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GroupRating rating;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected RatingProposal() {
    }

    RatingProposal(long groupId, int year, GroupRating rating, String note, String proposedBy, Instant proposedAt) {
        this.groupId = groupId;
        this.year = year;
        this.rating = rating;
        this.note = note;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = ProposalStatus.PENDING;
    }

    void decide(ProposalStatus outcome, String by, Instant at, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    boolean isPending() {
        return status == ProposalStatus.PENDING;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("groupId", groupId);
        view.put("year", year);
        view.put("rating", rating.name());
        view.put("note", note);
        view.put("proposedBy", proposedBy);
        view.put("proposedAt", proposedAt.toString());
        view.put("status", status.name());
        view.put("decidedBy", decidedBy);
        view.put("decidedAt", decidedAt == null ? null : decidedAt.toString());
        view.put("decisionReason", decisionReason);
        return view;
    }

    Long getId() {
        return id;
    }

    long getGroupId() {
        return groupId;
    }

    int getYear() {
        return year;
    }

    GroupRating getRating() {
        return rating;
    }

    String getNote() {
        return note;
    }

    String getProposedBy() {
        return proposedBy;
    }
}

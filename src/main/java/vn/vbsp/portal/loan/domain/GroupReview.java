package vn.vbsp.portal.loan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The group's review meeting (bình xét, minutes 10/TD): who attended and what it said of each application. */
@Entity
@Table(name = "group_review")
public class GroupReview {

    public enum Verdict { AGREED, REFUSED }

    /** The meeting's word on one application. */
    @Embeddable
    public static class Item {

        @Column(name = "application_id", nullable = false)
        private long applicationId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private Verdict decision;

        @Column(length = 300)
        private String note;

        protected Item() {
        }

        public Item(long applicationId, Verdict decision, String note) {
            this.applicationId = applicationId;
            this.decision = decision;
            this.note = note;
        }

        public long getApplicationId() {
            return applicationId;
        }

        public Verdict getDecision() {
            return decision;
        }

        public String getNote() {
            return note;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String attendees;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "group_review_item", joinColumns = @JoinColumn(name = "review_id"))
    private List<Item> items = new ArrayList<>();

    protected GroupReview() {
    }

    public GroupReview(long groupId, LocalDate heldOn, String attendees, String recordedBy, List<Item> items) {
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.recordedBy = recordedBy;
        this.items = new ArrayList<>(items);
    }

    public Long getId() {
        return id;
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }
}

package vn.vbsp.portal.group.domain;

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
import vn.vbsp.portal.group.GroupRating;

/** A group's rating for one year; rating the year again replaces it (the audit log keeps the earlier one). */
@Entity
@Table(name = "group_rating")
class YearRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupRating rating;

    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;

    private String note;

    protected YearRating() {
    }

    YearRating(long groupId, int year) {
        this.groupId = groupId;
        this.year = year;
    }

    void set(GroupRating rating, LocalDate ratedOn, String note) {
        this.rating = rating;
        this.ratedOn = ratedOn;
        this.note = note;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("groupId", groupId);
        view.put("year", year);
        view.put("rating", rating == null ? null : rating.name());
        view.put("ratedOn", ratedOn == null ? null : ratedOn.toString());
        view.put("note", note);
        return view;
    }

    Long getId() {
        return id;
    }
}

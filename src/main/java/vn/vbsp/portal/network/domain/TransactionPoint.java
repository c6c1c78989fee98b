package vn.vbsp.portal.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A commune's transaction point: where and on which day of each month the office's team comes to the commune.
 * The team belongs to the point; adding or removing a member counts as a change of the point.
 */
@Entity
@Table(name = "transaction_point")
public class TransactionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, unique = true, updatable = false)
    private Long communeId;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "point_id", nullable = false)
    @OrderBy("id")
    private List<TransactionPointMember> members = new ArrayList<>();

    protected TransactionPoint() {
    }

    public TransactionPoint(long communeId, String place, int dayOfMonth, boolean active) {
        this.communeId = communeId;
        change(place, dayOfMonth, active);
    }

    public void change(String place, int dayOfMonth, boolean active) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("day of month out of range: " + dayOfMonth);
        }
        this.place = place;
        this.dayOfMonth = dayOfMonth;
        this.active = active;
    }

    public TransactionPointMember addMember(TransactionPointMember member) {
        members.add(member);
        return member;
    }

    public Optional<TransactionPointMember> member(long memberId) {
        return members.stream().filter(m -> m.getId() != null && m.getId() == memberId).findFirst();
    }

    public void removeMember(TransactionPointMember member) {
        members.remove(member);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("communeId", communeId);
        view.put("place", place);
        view.put("dayOfMonth", dayOfMonth);
        view.put("active", active);
        return view;
    }

    public Long getId() {
        return id;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getPlace() {
        return place;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public List<TransactionPointMember> getMembers() {
        return List.copyOf(members);
    }
}

package vn.vbsp.portal.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vbsp.portal.network.PointDuty;

/** One person of a point's transaction team, reached only through its {@link TransactionPoint}. */
@Entity
@Table(name = "transaction_point_member")
public class TransactionPointMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PointDuty duty;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String position;

    @Version
    private long version;

    protected TransactionPointMember() {
    }

    public TransactionPointMember(PointDuty duty, String fullName, String position) {
        change(duty, fullName, position);
    }

    public void change(PointDuty duty, String fullName, String position) {
        this.duty = duty;
        this.fullName = fullName;
        this.position = position;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("duty", duty.name());
        view.put("fullName", fullName);
        view.put("position", position);
        return view;
    }

    public Long getId() {
        return id;
    }

    public PointDuty getDuty() {
        return duty;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}

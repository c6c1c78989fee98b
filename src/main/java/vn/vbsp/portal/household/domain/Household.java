package vn.vbsp.portal.household.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.VietnameseText;

/** A borrower household, identified by its head's CCCD. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 12)
    private String cccd;

    @Column(name = "head_name", nullable = false)
    private String headName;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 1)
    private String sex;

    @Column(name = "village_id", nullable = false)
    private Long villageId;

    private String address;

    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PovertyCategory category;

    @Column(name = "review_year")
    private Integer reviewYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HouseholdMember> members = new ArrayList<>();

    protected Household() {
    }

    public Household(HouseholdCommand command) {
        assign(command);
    }

    /** Takes every field of the command; members are matched by id, new ones added, missing ones removed. */
    public void assign(HouseholdCommand command) {
        this.cccd = command.cccd();
        rename(command.headName());
        this.birthDate = command.birthDate();
        this.sex = command.sex();
        this.villageId = command.villageId();
        this.address = command.address();
        this.phone = command.phone();
        this.category = command.category();
        this.reviewYear = command.reviewYear();
        replaceMembers(command.members());
    }

    /** The poverty review's verdict for the year. */
    public void review(PovertyCategory category, int year) {
        this.category = category;
        this.reviewYear = year;
    }

    private void rename(String headName) {
        this.headName = headName;
        this.searchName = VietnameseText.fold(headName);
    }

    private void replaceMembers(List<HouseholdCommand.Member> wanted) {
        List<HouseholdMember> kept = new ArrayList<>();
        for (HouseholdCommand.Member m : wanted) {
            HouseholdMember member = m.id() == null ? null
                    : members.stream().filter(existing -> m.id().equals(existing.getId())).findFirst().orElse(null);
            if (member == null) {
                member = new HouseholdMember(this);
            }
            member.assign(m.fullName(), m.relation(), m.birthYear());
            kept.add(member);
        }
        members.removeIf(existing -> kept.stream().noneMatch(k -> k == existing));
        for (HouseholdMember member : kept) {
            if (members.stream().noneMatch(existing -> existing == member)) {
                members.add(member);
            }
        }
    }

    // search_name must never drift from head_name, whatever path changed the entity
    @PrePersist
    @PreUpdate
    void keepSearchNameInStep() {
        this.searchName = VietnameseText.fold(headName);
    }

    /** What the audit log keeps of a household. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cccd", cccd);
        view.put("headName", headName);
        view.put("birthDate", birthDate == null ? null : birthDate.toString());
        view.put("sex", sex);
        view.put("villageId", villageId);
        view.put("address", address);
        view.put("phone", phone);
        view.put("category", category.name());
        view.put("reviewYear", reviewYear);
        view.put("members", members.stream().map(HouseholdMember::auditView).toList());
        return view;
    }

    public Long getId() {
        return id;
    }

    public String getCccd() {
        return cccd;
    }

    public String getHeadName() {
        return headName;
    }

    public String getSearchName() {
        return searchName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getSex() {
        return sex;
    }

    public Long getVillageId() {
        return villageId;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public PovertyCategory getCategory() {
        return category;
    }

    public Integer getReviewYear() {
        return reviewYear;
    }

    public long getVersion() {
        return version;
    }

    public List<HouseholdMember> getMembers() {
        return List.copyOf(members);
    }
}

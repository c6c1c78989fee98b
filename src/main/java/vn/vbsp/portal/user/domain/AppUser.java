package vn.vbsp.portal.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.vbsp.portal.user.Role;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "association_id")
    private Integer associationId;

    @Column(name = "commune_id")
    private Long communeId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** Bumped whenever the user's rights change, which ends their open sessions (see {@code SessionRights}). */
    @Column(name = "rights_version", nullable = false)
    private long rightsVersion;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, Role role, Integer associationId, Long communeId) {
        this.username = username;
        this.passwordHash = passwordHash;
        assign(fullName, role, associationId, communeId);
    }

    public void assign(String fullName, Role role, Integer associationId, Long communeId) {
        Integer newAssociation = role == Role.ASSOCIATION ? associationId : null;
        Long newCommune = role == Role.ASSOCIATION ? communeId : null;
        if (this.role != null && (this.role != role || !Objects.equals(this.associationId, newAssociation)
                || !Objects.equals(this.communeId, newCommune))) {
            rightsVersion++;
        }
        this.fullName = fullName;
        this.role = role;
        this.associationId = newAssociation;
        this.communeId = newCommune;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        rightsVersion++;
        unlock();
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            rightsVersion++;
        }
        this.enabled = enabled;
    }

    public long getRightsVersion() {
        return rightsVersion;
    }

    public boolean isLockedNow() {
        return isLockedAt(Instant.now());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the audit log records of a user: never the password hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("fullName", fullName);
        view.put("role", role.name());
        view.put("associationId", associationId);
        view.put("communeId", communeId);
        view.put("enabled", enabled);
        return view;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Integer getAssociationId() {
        return associationId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}

package vn.vbsp.portal.user.domain;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserAccountException;
import vn.vbsp.portal.user.UserCommand;

/** Creating and changing users; every change lands in the audit log. */
@Service
public class UserAccountService {

    private static final String ENTITY = "app_user";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAll(Sort.by("username"));
    }

    @Transactional(readOnly = true)
    public AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Transactional
    public AppUser create(String username, String password, UserCommand command) {
        String name = username.strip().toLowerCase();
        if (users.existsByUsername(name)) {
            throw new UserAccountException("username", "user.error.username-taken");
        }
        checkScope(command);
        AppUser user = users.save(new AppUser(name, passwordEncoder.encode(password), command.fullName().strip(),
                command.role(), command.associationId(), command.communeId()));
        audit.record("USER_CREATED", ENTITY, user.getId(), null, user.auditView());
        return user;
    }

    @Transactional
    public void update(long id, UserCommand command) {
        checkScope(command);
        AppUser user = get(id);
        Map<String, Object> before = user.auditView();
        user.assign(command.fullName().strip(), command.role(), command.associationId(), command.communeId());
        audit.record("USER_UPDATED", ENTITY, id, before, user.auditView());
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        AppUser user = get(id);
        user.changePassword(passwordEncoder.encode(newPassword));
        audit.record("USER_PASSWORD_RESET", ENTITY, id, null, Map.of("username", user.getUsername()));
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actingUsername) {
        AppUser user = get(id);
        if (!enabled && user.getUsername().equals(actingUsername)) {
            throw new UserAccountException("enabled", "user.error.cannot-deactivate-self");
        }
        Map<String, Object> before = user.auditView();
        user.setEnabled(enabled);
        audit.record(enabled ? "USER_ACTIVATED" : "USER_DEACTIVATED", ENTITY, id, before, user.auditView());
    }

    /**
     * Makes sure the first administrator exists with the given password (VBSP_ADMIN_PASSWORD at start-up):
     * created if missing, otherwise given that password, ADMIN role and unlocked.
     */
    @Transactional
    public void ensureAdministrator(String password) {
        var existing = users.findByUsername("admin");
        if (existing.isEmpty()) {
            AppUser admin = users.save(new AppUser("admin", passwordEncoder.encode(password), "Quản trị hệ thống",
                    Role.ADMIN, null, null));
            audit.recordAs("system", "USER_CREATED", ENTITY, admin.getId(), null, admin.auditView());
            return;
        }
        AppUser admin = existing.get();
        if (admin.getRole() == Role.ADMIN && admin.isEnabled() && passwordEncoder.matches(password, admin.getPasswordHash())) {
            return;
        }
        Map<String, Object> before = admin.auditView();
        admin.assign(admin.getFullName(), Role.ADMIN, null, null);
        admin.setEnabled(true);
        admin.changePassword(passwordEncoder.encode(password));
        audit.recordAs("system", "USER_ADMIN_PASSWORD_SET", ENTITY, admin.getId(), before, admin.auditView());
    }

    private static void checkScope(UserCommand command) {
        if (command.role() == Role.ASSOCIATION && command.associationId() == null) {
            throw new UserAccountException("associationId", "user.error.association-required");
        }
    }
}

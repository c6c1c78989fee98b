package vn.vbsp.portal.user;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it: name, role and scope, and the version of their rights when they
 * signed in (a session whose version is no longer the user's is ended). An id of 0 is a principal that no sign-in
 * gives (tests build them), which is not checked against the user table.
 */
public record PortalUser(long id, String username, String passwordHash, String fullName, UserScope scope,
        boolean enabled, boolean locked, long rightsVersion) implements UserDetails {

    public PortalUser(long id, String username, String passwordHash, String fullName, UserScope scope,
            boolean enabled, boolean locked) {
        this(id, username, passwordHash, fullName, scope, enabled, locked, 0);
    }

    public Role role() {
        return scope.role();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of the session once authentication is over. */
    public PortalUser withoutPassword() {
        return new PortalUser(id, username, "", fullName, scope, enabled, locked, rightsVersion);
    }
}

package vn.vbsp.portal.user;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: name, role and scope. */
public record PortalUser(long id, String username, String passwordHash, String fullName, UserScope scope,
        boolean enabled, boolean locked) implements UserDetails {

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
        return new PortalUser(id, username, "", fullName, scope, enabled, locked);
    }
}

package vn.vbsp.portal.user.domain;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.PortalUser;
import vn.vbsp.portal.user.UserScope;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    PortalUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new PortalUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
                new UserScope(user.getRole(), user.getAssociationId(), user.getCommuneId()),
                user.isEnabled(), user.isLockedAt(clock.instant()), user.getRightsVersion());
    }
}

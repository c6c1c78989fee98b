package vn.vbsp.portal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import vn.vbsp.portal.user.PortalUser;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** Signed-in users for MockMvc requests, with the same principal the login would give. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(Role role) {
        return as(UserScope.wholeOffice(role));
    }

    /** An ASSOCIATION officer of one organisation, district level or one commune. */
    public static RequestPostProcessor officer(int associationId, Long communeId) {
        return as(new UserScope(Role.ASSOCIATION, associationId, communeId));
    }

    /** The username the signed-in test user of that role has (for what is bound to a user, such as form tokens). */
    public static String username(Role role) {
        return "test-" + role.name().toLowerCase();
    }

    private static RequestPostProcessor as(UserScope scope) {
        String name = username(scope.role());
        return SecurityMockMvcRequestPostProcessors.user(new PortalUser(0, name, "", "Người thử " + name, scope, true, false));
    }
}

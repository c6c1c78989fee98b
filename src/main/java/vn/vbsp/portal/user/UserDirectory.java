package vn.vbsp.portal.user;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.partner.AssociationOfficer;
import vn.vbsp.portal.partner.PartnerScope;
import vn.vbsp.portal.partner.PartnerUsers;

/**
 * Read-only facts about users for other modules: the officers of an organisation, the signed-in user's scope.
 * It answers the partner module through {@link PartnerUsers}, since this module already depends on that one.
 */
@Service
public class UserDirectory implements PartnerUsers {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssociationOfficer> officersOf(int associationId) {
        return jdbc.sql("""
                select u.id as user_id, u.username, u.full_name, u.commune_id, c.name as commune_name, u.enabled
                from app_user u
                left join commune c on c.id = u.commune_id
                where u.role = 'ASSOCIATION' and u.association_id = :associationId
                order by u.commune_id nulls first, c.name, u.username
                """)
                .param("associationId", associationId)
                .query(AssociationOfficer.class)
                .list();
    }

    @Override
    public PartnerScope currentScope() {
        UserScope scope = CurrentUser.scope();
        return new PartnerScope(scope.associationId(), scope.communeId());
    }
}

package vn.vbsp.portal.partner;

import java.util.List;

/**
 * What the partner screens need to know about users: the officers of an organisation and the scope of whoever is
 * signed in. The user module implements it ({@code user.UserDirectory}): it already depends on this module for its
 * pick lists, so this module must not call it directly, or the two would depend on each other in a cycle.
 */
public interface PartnerUsers {

    /** The users of role ASSOCIATION working for the organisation, district level first. */
    List<AssociationOfficer> officersOf(int associationId);

    /** The part of the office the signed-in user may read. */
    PartnerScope currentScope();
}

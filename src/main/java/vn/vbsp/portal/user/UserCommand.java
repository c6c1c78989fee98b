package vn.vbsp.portal.user;

/** What an administrator sets on a user: name, role and, for an ASSOCIATION officer, the scope. */
public record UserCommand(String fullName, Role role, Integer associationId, Long communeId) {
}

package vn.vbsp.portal.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserCommand;
import vn.vbsp.portal.user.domain.AppUser;

record UserForm(@NotBlank @Size(max = 200) String fullName, @NotNull Role role, Integer associationId, Long communeId) {

    static UserForm of(AppUser user) {
        return new UserForm(user.getFullName(), user.getRole(), user.getAssociationId(), user.getCommuneId());
    }

    UserCommand command() {
        return new UserCommand(fullName, role, associationId, communeId);
    }
}

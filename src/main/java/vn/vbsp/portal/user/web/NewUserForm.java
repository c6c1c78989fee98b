package vn.vbsp.portal.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserCommand;

record NewUserForm(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,50}", message = "{user.error.username-format}") String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Role role,
        Integer associationId,
        Long communeId,
        @NotBlank @Size(min = 8, max = 100, message = "{user.error.password-length}") String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.STAFF, null, null, "");
    }

    UserCommand command() {
        return new UserCommand(fullName, role, associationId, communeId);
    }
}

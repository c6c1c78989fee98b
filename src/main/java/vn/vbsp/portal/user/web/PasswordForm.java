package vn.vbsp.portal.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank @Size(min = 8, max = 100, message = "{user.error.password-length}") String newPassword,
        String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "");
    }

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}

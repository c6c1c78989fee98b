package vn.vbsp.portal.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.network.domain.NetworkQuery.CommuneView;

/** A commune's code and name; {@code version} is the one the form was opened on (null for a new commune). */
record CommuneForm(
        @NotBlank @Size(max = 20, message = "{network.error.code-length}")
        @Pattern(regexp = "\\S*", message = "{network.error.code-format}") String code,
        @NotBlank @Size(max = 200) String name,
        Boolean active,
        Long version) {

    /** An unticked checkbox sends nothing (or only Spring's "_active" marker): that means no. */
    CommuneForm {
        active = Boolean.TRUE.equals(active);
    }

    static CommuneForm empty() {
        return new CommuneForm("", "", true, null);
    }

    static CommuneForm of(CommuneView commune) {
        return new CommuneForm(commune.code(), commune.name(), commune.active(), commune.version());
    }
}

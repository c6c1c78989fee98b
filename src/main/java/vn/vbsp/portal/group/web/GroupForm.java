package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.group.domain.NewGroup;

/** A new group as typed. */
record GroupForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{group.error.code-format}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull(message = "{group.error.chapter-required}") Long chapterId,
        @NotNull(message = "{group.error.village-required}") Long villageId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn) {

    static GroupForm empty(Long chapterId) {
        return new GroupForm("", "", chapterId, null, null);
    }

    NewGroup command() {
        return new NewGroup(code, name, chapterId, villageId, foundedOn);
    }
}

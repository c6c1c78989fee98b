package vn.vbsp.portal.partner.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.partner.ChapterLevel;
import vn.vbsp.portal.partner.domain.ChapterCommand;
import vn.vbsp.portal.partner.domain.ChapterRow;

/** A chapter: its level and commune when created; its chair and phone at any time. */
record ChapterForm(
        @NotNull ChapterLevel level,
        Long communeId,
        @Size(max = 200) String chairName,
        @Pattern(regexp = "[0-9 +().-]{0,20}", message = "{partner.error.phone-format}") String phone) {

    static ChapterForm empty(ChapterLevel level, Long communeId) {
        return new ChapterForm(level, communeId, "", "");
    }

    static ChapterForm of(ChapterRow chapter) {
        return new ChapterForm(chapter.level(), chapter.communeId(), chapter.chairName(), chapter.phone());
    }

    ChapterCommand command() {
        return new ChapterCommand(level, communeId, chairName, phone);
    }
}

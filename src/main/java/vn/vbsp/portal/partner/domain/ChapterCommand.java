package vn.vbsp.portal.partner.domain;

import vn.vbsp.portal.partner.ChapterLevel;

/** A new chapter: district level (no commune) or the chapter of one commune. */
public record ChapterCommand(ChapterLevel level, Long communeId, String chairName, String phone) {
}

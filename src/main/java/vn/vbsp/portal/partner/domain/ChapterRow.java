package vn.vbsp.portal.partner.domain;

import vn.vbsp.portal.partner.ChapterLevel;

/** A chapter as the organisation screens list it. */
public record ChapterRow(long id, int associationId, ChapterLevel level, Long communeId, String communeName,
        String chairName, String phone) {
}

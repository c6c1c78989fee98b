package vn.vbsp.portal.partner.domain;

import java.time.LocalDate;
import vn.vbsp.portal.partner.ChapterLevel;

/** An entrustment contract with the level and commune of its chapter. */
public record ContractRow(long id, long chapterId, int associationId, ChapterLevel level, String communeName,
        String contractNo, LocalDate signedOn, LocalDate endsOn, String tasks) {

    /** Whether the contract is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return !signedOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
    }
}

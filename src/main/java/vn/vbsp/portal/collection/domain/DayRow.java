package vn.vbsp.portal.collection.domain;

import java.time.OffsetDateTime;

/** The transaction_day row of a point and date, when one exists. */
public record DayRow(long id, String status, String reason, String closedBy, OffsetDateTime closedAt,
        Long countedCash, Long expectedCash, String closeNote) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}

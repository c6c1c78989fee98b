package vn.vbsp.portal.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * Every sheet of a commune's transaction day: {@code pointDay} says whether the date is the point's fixed day
 * (otherwise it is a make-up day and posting needs a reason); {@code status} is PLANNED, OPEN or CLOSED.
 */
public record DaySheets(String communeCode, String communeName, long pointId, String place, LocalDate date,
        boolean pointDay, String status, List<GroupSheet> groups) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}

package vn.vbsp.portal.collection.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.vbsp.portal.network.TransactionCalendar;

/** A commune with its transaction point, as the day needs it. */
public record Point(long communeId, String communeCode, String communeName, long pointId, String place, int dayOfMonth) {

    /** Whether {@code date} is the point's fixed day of its month (the month's last day when the month is short). */
    public boolean fixedDay(LocalDate date) {
        return TransactionCalendar.dayIn(YearMonth.from(date), dayOfMonth).equals(date);
    }
}

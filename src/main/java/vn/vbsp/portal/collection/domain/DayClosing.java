package vn.vbsp.portal.collection.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * Closing a transaction day: the teller's counted cash against what the day's lines and disbursements say the
 * teller holds. A difference needs a note and a director. A closed day takes no posting; corrections are reversals.
 */
@Service
public class DayClosing {

    private static final int MAX_NOTE = 500;

    private final DayQuery query;
    private final DayStore store;
    private final DayBook book;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Formats fmt;
    private final Clock clock;

    DayClosing(DayQuery query, DayStore store, DayBook book, JdbcClient jdbc, AuditTrail audit, Formats fmt,
            Clock clock) {
        this.query = query;
        this.store = store;
        this.book = book;
        this.jdbc = jdbc;
        this.audit = audit;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** Closes the day; {@code director} says whether the user may close it with a difference. */
    @Transactional
    public DayBook.Totals close(String communeCode, LocalDate date, Money counted, String note, String by,
            boolean director) {
        Point point = query.point(communeCode).orElseThrow(() -> new DayNotFoundException(communeCode));
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DayRefused(null, "collection.error.future-date", fmt.date(date));
        }
        if (counted == null || counted.isNegative()) {
            throw new DayRefused("countedCash", "collection.close.error.counted-required");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > MAX_NOTE) {
            throw new DayRefused("note", "collection.error.note-too-long", MAX_NOTE);
        }
        DayRow day = store.lockExclusive(point.pointId(), date);
        if (day.closed()) {
            throw new DayRefused(null, "collection.close.error.closed", fmt.date(date));
        }
        DayBook.Totals totals = book.totals(day.id());
        Money expected = totals.expectedCash();
        Money difference = counted.minus(expected);
        if (!difference.isZero()) {
            if (why == null) {
                throw new DayRefused("note", "collection.close.error.note-required", fmt.money(counted),
                        fmt.money(expected));
            }
            if (!director) {
                throw new DayRefused(null, "collection.close.error.director", fmt.money(difference));
            }
        }
        jdbc.sql("""
                update transaction_day set status = 'CLOSED', closed_by = :by, closed_at = now(),
                       counted_cash = :counted, expected_cash = :expected, close_note = :note, version = version + 1
                where id = :id
                """).param("by", by).param("counted", counted.dong()).param("expected", expected.dong())
                .param("note", why).param("id", day.id()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "CLOSED");
        after.put("countedCash", counted.dong());
        after.put("expectedCash", expected.dong());
        after.put("note", why);
        audit.recordAs(by, "TRANSACTION_DAY_CLOSED", "transaction_day", day.id(), Map.of("status", day.status()), after);
        return totals;
    }
}

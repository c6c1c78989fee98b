package vn.vbsp.portal.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When each commune point holds its transaction day: on its fixed day every month, weekends and holidays
 * included; in a month too short for that day, on the month's last day.
 */
@Service
public class TransactionCalendar {

    private record Point(long communeId, String communeName, String place, int dayOfMonth) {
    }

    private final JdbcClient jdbc;

    TransactionCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static LocalDate dayIn(YearMonth month, int dayOfMonth) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    /** The transaction days from {@code from} (inclusive) to {@code to} (exclusive), in date order. */
    public List<TransactionDay> between(LocalDate from, LocalDate to) {
        List<Point> points = jdbc.sql("""
                select c.id as commune_id, c.name as commune_name, p.place, p.day_of_month
                from transaction_point p join commune c on c.id = p.commune_id
                where p.active and c.active
                """).query(Point.class).list();
        List<TransactionDay> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            for (Point point : points) {
                LocalDate day = dayIn(month, point.dayOfMonth());
                if (!day.isBefore(from) && day.isBefore(to)) {
                    days.add(new TransactionDay(day, point.communeId(), point.communeName(), point.place()));
                }
            }
        }
        days.sort(Comparator.comparing(TransactionDay::date).thenComparing(TransactionDay::communeName));
        return days;
    }
}

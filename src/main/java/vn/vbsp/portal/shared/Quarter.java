package vn.vbsp.portal.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3} in URLs; its figures are those at the end of its last day. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + number);
        }
    }

    /** {@code 2026-Q3} (case-insensitive), or empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return year < 2000 || year > 2100 ? Optional.empty() : Optional.of(new Quarter(year, Integer.parseInt(m.group(2))));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has ended by {@code today} (the one before today's). */
    public static Quarter lastEndedBy(LocalDate today) {
        return of(today).previous();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter yearBefore() {
        return new Quarter(year - 1, number);
    }

    /** Display form, the same in both languages: {@code Q3/2026}. */
    public String label() {
        return "Q" + number + "/" + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}

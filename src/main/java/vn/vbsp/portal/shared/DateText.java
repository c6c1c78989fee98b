package vn.vbsp.portal.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * The one way a typed date is read: {@code dd/MM/yyyy} as the office writes it (one-digit day and month too), or ISO
 * {@code yyyy-MM-dd} as URLs carry it, whatever the browser's language; only years 1900–2100, since no loan of the
 * office lies outside them and the database would refuse some. Printed {@code dd/MM/yyyy}. Bound to every
 * {@link LocalDate} form field and request parameter; a refusal is the field message {@code typeMismatch.java.time.LocalDate}.
 */
public final class DateText implements Formatter<LocalDate> {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern OFFICE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter OFFICE_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The date, or empty for blank text; throws {@link IllegalArgumentException} for text that is no date in range. */
    public static LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            LocalDate date;
            if (OFFICE.matcher(value).matches()) {
                date = LocalDate.parse(value, OFFICE_FORMAT);
            } else if (ISO.matcher(value).matches()) {
                date = LocalDate.parse(value, ISO_FORMAT);
            } else {
                throw new IllegalArgumentException("Not a date: " + value);
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new IllegalArgumentException("Date outside 1900–2100: " + value);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + value, e);
        }
    }

    public static String write(LocalDate date) {
        return date == null ? "" : Formats.DATE.format(date);
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        try {
            return read(text);
        } catch (IllegalArgumentException e) {
            ParseException refusal = new ParseException(e.getMessage(), 0);
            refusal.initCause(e);
            throw refusal;
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return write(date);
    }
}

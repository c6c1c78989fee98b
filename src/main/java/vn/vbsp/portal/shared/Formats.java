package vn.vbsp.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * How the portal writes numbers and dates, in either language: {@code 1.250.000 ₫}, {@code 262.149 triệu},
 * {@code 0,12 %}, {@code 05/03/2026}. Templates reach it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String money(Money amount) {
        return amount == null ? "" : money(amount.dong());
    }

    public String money(Long dong) {
        return dong == null ? "" : number(dong) + " ₫";
    }

    public String number(long value) {
        return grouping().format(value);
    }

    /** In millions of đồng, rounded half-up, as reports to the Board write it: {@code 262.149 triệu}. */
    public String millions(Long dong) {
        if (dong == null) {
            return "";
        }
        long millions = BigDecimal.valueOf(dong).divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.HALF_UP).longValueExact();
        return number(millions);
    }

    /** A ratio already in percent, with two decimals and a decimal comma: {@code 0,12 %}. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols());
        return format.format(percent.setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    public String date(TemporalAccessor date) {
        if (date == null) {
            return "";
        }
        if (date instanceof OffsetDateTime time) {
            return DATE_TIME.format(time.atZoneSameInstant(TimeConfiguration.VIETNAM));
        }
        return date instanceof LocalDate ? DATE.format(date) : DATE_TIME.format(date);
    }

    private static DecimalFormat grouping() {
        return new DecimalFormat("#,##0", symbols());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}

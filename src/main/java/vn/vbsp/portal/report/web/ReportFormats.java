package vn.vbsp.portal.report.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.Formats;

/** Changes between two dates as the reports write them, always with their sign: {@code +1.250.000 ₫}, {@code −0,05 %}. */
@Component("reportFmt")
public class ReportFormats {

    private final Formats fmt;

    ReportFormats(Formats fmt) {
        this.fmt = fmt;
    }

    public String signedMoney(long dong) {
        return sign(dong) + fmt.money(Math.abs(dong));
    }

    public String signedNumber(long value) {
        return sign(value) + fmt.number(Math.abs(value));
    }

    public String signedPercent(BigDecimal percent) {
        return sign(percent.signum()) + fmt.percent(percent.abs());
    }

    private static String sign(long value) {
        return value > 0 ? "+" : value < 0 ? "−" : "";
    }
}

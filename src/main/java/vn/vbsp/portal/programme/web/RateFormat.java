package vn.vbsp.portal.programme.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.stereotype.Component;

/**
 * Rates as the catalogue writes them, with every decimal that matters ({@code 6,60 %}, {@code 8,5833 %}); the shared
 * {@code @fmt.percent} rounds to two. Templates reach it as {@code @programmeFmt}.
 */
@Component("programmeFmt")
class RateFormat {

    public String rate(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0.00##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent) + " %";
    }
}

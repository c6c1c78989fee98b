package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTests {

    private final Formats fmt = new Formats();

    @Test
    void writesMoneyWithDotsBetweenThousandsAndTheDongSign() {
        assertThat(fmt.money(Money.of(1_250_000))).isEqualTo("1.250.000 ₫");
        assertThat(fmt.money(Money.ZERO)).isEqualTo("0 ₫");
        assertThat(fmt.money(-5_000L)).isEqualTo("-5.000 ₫");
        assertThat(fmt.money((Money) null)).isEmpty();
        assertThat(fmt.number(1_000)).isEqualTo("1.000");
    }

    @Test
    void writesMillionsRoundedHalfUp() {
        assertThat(fmt.millions(262_149_500_000L)).isEqualTo("262.150");
        assertThat(fmt.millions(262_149_499_999L)).isEqualTo("262.149");
        assertThat(fmt.millions(null)).isEmpty();
    }

    @Test
    void writesAPercentWithTwoDecimalsAndADecimalComma() {
        assertThat(fmt.percent(new BigDecimal("0.125"))).isEqualTo("0,13 %");
        assertThat(fmt.percent(new BigDecimal("1234.5"))).isEqualTo("1.234,50 %");
        assertThat(fmt.percent(null)).isEmpty();
    }

    @Test
    void writesDatesDayFirstAndMomentsInVietnamTime() {
        assertThat(fmt.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(fmt.date(OffsetDateTime.of(2026, 3, 5, 20, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("06/03/2026 03:30");
        assertThat(fmt.date(null)).isEmpty();
    }
}

package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vbsp.portal.shared.RateTable.Rate;

class RateTableTests {

    private final RateTable table = RateTable.of(
            new Rate(LocalDate.of(2026, 7, 1), new BigDecimal("7.2")),
            new Rate(LocalDate.of(2000, 1, 1), new BigDecimal("6.6")));

    @Test
    void theRateInForceIsTheLatestThatStartedOnOrBeforeTheDay() {
        assertThat(table.rates()).extracting(Rate::effectiveFrom)
                .containsExactly(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 7, 1));
        assertThat(table.rateOn(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("6.6");
        assertThat(table.rateOn(LocalDate.of(2026, 7, 1))).isEqualByComparingTo("7.2");
        assertThat(table.rateOn(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("7.2");
        assertThat(table.nextChangeAfter(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void beforeTheFirstRateThereIsNone() {
        assertThat(table.find(LocalDate.of(1999, 12, 31))).isEmpty();
        assertThatThrownBy(() -> table.rateOn(LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoRatesFromTheSameDayAreRefused() {
        assertThatThrownBy(() -> RateTable.of(new Rate(LocalDate.of(2026, 1, 1), BigDecimal.ONE),
                new Rate(LocalDate.of(2026, 1, 1), BigDecimal.TEN))).isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.vbsp.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTableTests {

    private final RateTable table = new RateTable("HN", List.of(
            new RatePeriod(LocalDate.of(2026, 7, 1), new BigDecimal("7.2")),
            new RatePeriod(LocalDate.of(2000, 1, 1), new BigDecimal("6.6"))));

    @Test
    void theRateInForceIsTheLatestThatStartedOnOrBeforeTheDay() {
        assertThat(table.periods()).extracting(RatePeriod::effectiveFrom)
                .containsExactly(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 7, 1));
        assertThat(table.rateOn(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("6.6");
        assertThat(table.rateOn(LocalDate.of(2026, 7, 1))).isEqualByComparingTo("7.2");
        assertThat(table.rateOn(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("7.2");
    }

    @Test
    void beforeTheFirstRateThereIsNone() {
        assertThat(table.find(LocalDate.of(1999, 12, 31))).isEmpty();
        assertThatThrownBy(() -> table.rateOn(LocalDate.of(1999, 12, 31))).isInstanceOf(IllegalStateException.class);
    }
}

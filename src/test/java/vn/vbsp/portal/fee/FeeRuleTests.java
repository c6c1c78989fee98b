package vn.vbsp.portal.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.vbsp.portal.shared.Money;

/** The fee bands at their edges, and the fee of each level, with the settings the brief seeds. */
class FeeRuleTests {

    private static final FeeRule RULE = new FeeRule(new BigDecimal("0.04"), new BigDecimal("2"), new BigDecimal("3"),
            new BigDecimal("4"), new BigDecimal("84"), new BigDecimal("9"), new BigDecimal("4.5"));

    @ParameterizedTest(name = "overdue ratio {0} % keeps {1} % of the fee")
    @CsvSource({
            "0.00, 100", "1.99, 100", "2.00, 80", "2.01, 80", "2.99, 80", "3.00, 50", "3.99, 50",
            "4.00, 0", "4.01, 0", "100.00, 0"
    })
    void theBandsCutAtTwoThreeAndFourPercent(String ratio, int percent) {
        assertThat(RULE.feePercent(new BigDecimal(ratio))).isEqualTo(percent);
    }

    @Test
    void eachLevelGetsItsShareOfTheMonthlyRateOnTheBase() {
        Money base = Money.of(1_000_000_000L);
        // 1 billion × 0.04 % = 400,000 a month; commune 84 %, district 9 %, province 4.5 %
        assertThat(RULE.fee(base, FeeLevel.COMMUNE, new BigDecimal("0.12"))).isEqualTo(Money.of(336_000));
        assertThat(RULE.fee(base, FeeLevel.DISTRICT, new BigDecimal("0.12"))).isEqualTo(Money.of(36_000));
        assertThat(RULE.fee(base, FeeLevel.PROVINCE, new BigDecimal("0.12"))).isEqualTo(Money.of(18_000));
        assertThat(RULE.fee(base, FeeLevel.COMMUNE, new BigDecimal("2.00"))).isEqualTo(Money.of(268_800));
        assertThat(RULE.fee(base, FeeLevel.COMMUNE, new BigDecimal("3.00"))).isEqualTo(Money.of(168_000));
        assertThat(RULE.fee(base, FeeLevel.COMMUNE, new BigDecimal("4.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void theFeeIsRoundedHalfUpToTheDongOnce() {
        // 12,345,679 × 0.04 % × 4.5 % = 222.222222 → 222; 13,888,889 × 0.0004 × 0.84 = 4666.666... → 4,667
        assertThat(RULE.fee(Money.of(12_345_679), FeeLevel.PROVINCE, BigDecimal.ZERO)).isEqualTo(Money.of(222));
        assertThat(RULE.fee(Money.of(13_888_889), FeeLevel.COMMUNE, BigDecimal.ZERO)).isEqualTo(Money.of(4_667));
    }
}

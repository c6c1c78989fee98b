package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void addsSubtractsAndComparesWholeDong() {
        Money a = Money.of(1_250_000);
        assertThat(a.plus(Money.of(750_000))).isEqualTo(Money.of(2_000_000));
        assertThat(a.minus(Money.of(1_250_000))).isSameAs(Money.ZERO);
        assertThat(a.negate()).isEqualTo(Money.of(-1_250_000));
        assertThat(a.times(3)).isEqualTo(Money.of(3_750_000));
        assertThat(a.min(Money.ZERO)).isEqualTo(Money.ZERO);
        assertThat(a.max(Money.ZERO)).isEqualTo(a);
        assertThat(Money.of(-1).isNegative()).isTrue();
        assertThat(Money.of(1).isPositive()).isTrue();
        assertThat(Money.of(0).isZero()).isTrue();
    }

    @Test
    void aSplitAddsUpExactlyAndPutsTheLeftoverDongOnTheFirstParts() {
        Money[] parts = Money.of(100).split(3);
        assertThat(parts).containsExactly(Money.of(34), Money.of(33), Money.of(33));
        assertThat(Arrays.stream(Money.of(-7).split(2)).map(Money::dong).reduce(0L, Long::sum)).isEqualTo(-7);
        assertThatThrownBy(() -> Money.of(10).split(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFractionIsRoundedOnlyByTheRuleNamed() {
        assertThat(Money.of(new BigDecimal("10.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of(11));
        assertThat(Money.of(new BigDecimal("10.5"), RoundingMode.DOWN)).isEqualTo(Money.of(10));
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.5"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void anOverflowIsAnErrorNotAWrongAmount() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE).plus(Money.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }
}

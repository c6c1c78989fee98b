package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1250000|1250000", "1.250.000|1250000", "1 250 000|1250000", "1.250.000 ₫|1250000", "1250000đ|1250000",
            "1.250.000 VND|1250000", "  500  |500", "0|0", "1.000|1000", "999|999", "007|7",
            "1\u00a0250\u00a0000|1250000"})
    void readsTheWaysPeopleTypeAmounts(String text, long dong) {
        assertThat(MoneyText.parse(text)).isEqualTo(Money.of(dong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.5", "1.25", "1.250.000,50", "1,250,000", "12,0"})
    void refusesADecimalPartRatherThanGuessing(String text) {
        assertThatThrownBy(() -> MoneyText.parse(text)).isInstanceOfSatisfying(MoneyText.Unreadable.class,
                e -> assertThat(e.problem()).isEqualTo(MoneyText.Problem.DECIMAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+5", "- 1.000", "−5"})
    void refusesASign(String text) {
        assertThatThrownBy(() -> MoneyText.parse(text)).isInstanceOfSatisfying(MoneyText.Unreadable.class,
                e -> assertThat(e.problem()).isEqualTo(MoneyText.Problem.SIGN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12a", "1.2345", "1.25.000", "1 25 000", "1.250 000", "", "₫", "5e3"})
    void refusesWhatIsNotANumber(String text) {
        assertThatThrownBy(() -> MoneyText.parse(text)).isInstanceOfSatisfying(MoneyText.Unreadable.class,
                e -> assertThat(e.problem()).isEqualTo(MoneyText.Problem.NOT_A_NUMBER));
    }

    @Test
    void refusesMoreThanFifteenDigits() {
        assertThatThrownBy(() -> MoneyText.parse("1234567890123456")).isInstanceOfSatisfying(MoneyText.Unreadable.class,
                e -> assertThat(e.problem()).isEqualTo(MoneyText.Problem.TOO_LARGE));
    }

    @Test
    void printsForEditingWithPointsBetweenThousands() {
        assertThat(MoneyText.print(Money.of(1_250_000))).isEqualTo("1.250.000");
        assertThat(MoneyText.print(Money.of(999))).isEqualTo("999");
        assertThat(MoneyText.print(Money.of(-1000))).isEqualTo("-1.000");
        assertThat(MoneyText.print(null)).isEmpty();
        assertThat(MoneyText.parse(MoneyText.print(Money.of(123_456_789_012L)))).isEqualTo(Money.of(123_456_789_012L));
    }
}

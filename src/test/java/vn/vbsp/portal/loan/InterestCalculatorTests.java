package vn.vbsp.portal.loan;

import vn.vbsp.portal.shared.RateTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vbsp.portal.shared.RateTable.Rate;
import vn.vbsp.portal.shared.Money;

class InterestCalculatorTests {

    private static final RateTable HN = RateTable.flat(new BigDecimal("6.6"));

    @Test
    void thirtyDaysAtSixPointSixPercentOnTenMillion() {
        Money interest = InterestCalculator.interest(
                Money.of(10_000_000), LocalDate.of(2025, 4, 12), LocalDate.of(2025, 5, 12), HN);

        assertThat(interest).isEqualTo(Money.of(55_000));
    }

    @Test
    void countsTheFirstDayAndNotTheLast() {
        LocalDate day = LocalDate.of(2025, 4, 12);
        assertThat(InterestCalculator.interest(Money.of(10_000_000), day, day, HN)).isEqualTo(Money.ZERO);
        // 10,000,000 × 6.6 % / 360 = 1,833.33 a day
        assertThat(InterestCalculator.interest(Money.of(10_000_000), day, day.plusDays(1), HN)).isEqualTo(Money.of(1_833));
    }

    @Test
    void aRateChangeInsideThePeriodSplitsIt() {
        RateTable rates = RateTable.of(
                new Rate(LocalDate.of(2000, 1, 1), new BigDecimal("6.6")),
                new Rate(LocalDate.of(2025, 7, 16), new BigDecimal("7.2")));

        // 15 days (1–15 July) at 6.6 % = 27,500 and 16 days (16–31 July) at 7.2 % = 32,000
        Money interest = InterestCalculator.interest(
                Money.of(10_000_000), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1), rates);

        assertThat(interest).isEqualTo(Money.of(59_500));
        assertThat(rates.rateOn(LocalDate.of(2025, 7, 15))).isEqualByComparingTo("6.6");
        assertThat(rates.rateOn(LocalDate.of(2025, 7, 16))).isEqualByComparingTo("7.2");
    }

    @Test
    void aLeapFebruaryHasTwentyNineDays() {
        // 10,000,000 × 6.6 % × 29 / 360 = 53,166.67
        Money interest = InterestCalculator.interest(
                Money.of(10_000_000), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1), HN);

        assertThat(interest).isEqualTo(Money.of(53_167));
    }

    @Test
    void overduePrincipalBearsOneHundredThirtyPercentOfTheRate() {
        Money interest = InterestCalculator.overdueInterest(Money.of(10_000_000),
                LocalDate.of(2025, 4, 12), LocalDate.of(2025, 5, 12), HN, InterestCalculator.DEFAULT_OVERDUE_RATE_PCT);

        assertThat(interest).isEqualTo(Money.of(71_500));
    }

    @Test
    void aPeriodIsRoundedOnceNotPieceByPiece() {
        LocalDate from = LocalDate.of(2025, 4, 12);
        // one day on 1,000,000: 183.33 in term and 238.33 overdue; rounded piece by piece it would be 421
        InterestCalculator.Accrual accrual = InterestCalculator.accrual(HN, InterestCalculator.DEFAULT_OVERDUE_RATE_PCT)
                .add(Money.of(1_000_000), Money.ZERO, from, from.plusDays(1))
                .add(Money.ZERO, Money.of(1_000_000), from.plusDays(1), from.plusDays(2));

        assertThat(accrual.exact()).isEqualByComparingTo("421.6666666667");
        assertThat(accrual.total()).isEqualTo(Money.of(422));
    }

    @Test
    void halfADongRoundsUp() {
        // 3,000 × 6 % × 1 / 360 = 0.5
        Money interest = InterestCalculator.interest(Money.of(3_000), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2),
                RateTable.flat(new BigDecimal("6")));

        assertThat(interest).isEqualTo(Money.of(1));
    }

    @Test
    void noRateBeforeTheFirstOneIsAnError() {
        RateTable rates = RateTable.of(new Rate(LocalDate.of(2025, 1, 1), new BigDecimal("6.6")));

        assertThatIllegalArgumentException().isThrownBy(() -> InterestCalculator.interest(
                Money.of(1_000_000), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 5), rates));
    }
}

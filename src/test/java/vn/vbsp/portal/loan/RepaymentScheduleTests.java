package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vbsp.portal.shared.Money;

class RepaymentScheduleTests {

    @Test
    void equalPartsAddUpExactlyWithTheExtraDongFirst() {
        List<Instalment> schedule = RepaymentSchedule.instalments(
                Money.of(100_000_002), LocalDate.of(2025, 3, 12), 36, 12, 12);

        assertThat(schedule).extracting(Instalment::principalDue)
                .containsExactly(Money.of(33_333_334), Money.of(33_333_334), Money.of(33_333_334));
        assertThat(schedule).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2026, 3, 12), LocalDate.of(2027, 3, 12), LocalDate.of(2028, 3, 12));
        assertThat(schedule).extracting(Instalment::seq).containsExactly(1, 2, 3);

        List<Instalment> seven = RepaymentSchedule.instalments(
                Money.of(50_000_000), LocalDate.of(2025, 3, 12), 21, 3, 12);
        assertThat(seven).hasSize(7);
        assertThat(seven.stream().mapToLong(i -> i.principalDue().dong()).sum()).isEqualTo(50_000_000);
        assertThat(seven.get(0).principalDue()).isEqualTo(Money.of(7_142_858));
        assertThat(seven.get(1).principalDue()).isEqualTo(Money.of(7_142_857));
        assertThat(seven.get(6).principalDue()).isEqualTo(Money.of(7_142_857));
    }

    @Test
    void pointDayThirtyFirstFallsOnTheLastDayOfShorterMonthsIncludingLeapFebruary() {
        List<Instalment> schedule = RepaymentSchedule.instalments(
                Money.of(4_000_000), LocalDate.of(2027, 12, 31), 4, 1, 31);

        assertThat(schedule).extracting(Instalment::dueOn).containsExactly(
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 4, 30));
        assertThat(RepaymentSchedule.maturity(LocalDate.of(2026, 11, 30), 3, 31)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void quarterlyInstalmentsOnThePointDay() {
        // disbursed on another day than the point's: the dates still follow the point day
        List<Instalment> schedule = RepaymentSchedule.instalments(
                Money.of(20_000_000), LocalDate.of(2025, 1, 20), 12, 3, 5);

        assertThat(schedule).extracting(Instalment::dueOn).containsExactly(
                LocalDate.of(2025, 4, 5), LocalDate.of(2025, 7, 5), LocalDate.of(2025, 10, 5), LocalDate.of(2026, 1, 5));
        assertThat(schedule).extracting(Instalment::principalDue).containsOnly(Money.of(5_000_000));
    }

    @Test
    void theLastInstalmentIsAtMaturityWhenTheTermIsNotAWholeNumberOfIntervals() {
        List<Instalment> schedule = RepaymentSchedule.instalments(
                Money.of(30_000_000), LocalDate.of(2024, 6, 15), 18, 12, 15);

        assertThat(schedule).extracting(Instalment::dueOn)
                .containsExactly(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 15));
        assertThat(schedule.get(1).dueOn()).isEqualTo(RepaymentSchedule.maturity(LocalDate.of(2024, 6, 15), 18, 15));
        assertThat(schedule).extracting(Instalment::principalDue).containsOnly(Money.of(15_000_000));
    }

    @Test
    void rejectsWhatTheBankDoesNotDo() {
        LocalDate day = LocalDate.of(2025, 1, 10);
        assertThatIllegalArgumentException().isThrownBy(() -> RepaymentSchedule.instalments(Money.of(1), day, 12, 2, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> RepaymentSchedule.instalments(Money.of(1), day, 0, 1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> RepaymentSchedule.instalments(Money.ZERO, day, 12, 1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> RepaymentSchedule.instalments(Money.of(1), day, 12, 1, 32));
    }
}

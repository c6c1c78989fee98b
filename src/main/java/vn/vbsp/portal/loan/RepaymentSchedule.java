package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.vbsp.portal.shared.Money;

/**
 * The principal repayment schedule of a loan. Principal is repaid at the commune transaction point, which
 * meets on a fixed day each month, so every due date is that point day: the first {@code intervalMonths}
 * after the month of disbursement, then every {@code intervalMonths}, the last one at maturity
 * ({@code termMonths} after the month of disbursement). In a month shorter than the point day the due date
 * is the month's last day. The principal is split into equal parts; the đồng left over by the division go
 * one each on the first instalments.
 */
public final class RepaymentSchedule {

    /** The instalment intervals the bank uses, in months. */
    public static final Set<Integer> INTERVALS = Set.of(1, 3, 6, 12);

    private RepaymentSchedule() {
    }

    public static List<Instalment> instalments(Money principal, LocalDate disbursedOn, int termMonths,
            int intervalMonths, int pointDay) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(disbursedOn, "disbursedOn");
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("principal must be positive: " + principal);
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("termMonths must be positive: " + termMonths);
        }
        if (!INTERVALS.contains(intervalMonths)) {
            throw new IllegalArgumentException("intervalMonths must be one of " + INTERVALS + ": " + intervalMonths);
        }
        checkPointDay(pointDay);

        int count = (termMonths + intervalMonths - 1) / intervalMonths;
        Money[] parts = principal.split(count);
        List<Instalment> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int months = i == count - 1 ? termMonths : (i + 1) * intervalMonths;
            result.add(new Instalment(i + 1, pointDayAfter(disbursedOn, months, pointDay), parts[i]));
        }
        return List.copyOf(result);
    }

    /** The maturity date: the point day {@code termMonths} after the month of disbursement. */
    public static LocalDate maturity(LocalDate disbursedOn, int termMonths, int pointDay) {
        return pointDayAfter(disbursedOn, termMonths, pointDay);
    }

    /** The point day in the month that comes {@code months} after the month of {@code date}. */
    public static LocalDate pointDayAfter(LocalDate date, int months, int pointDay) {
        return onPointDay(YearMonth.from(date).plusMonths(months), pointDay);
    }

    /** The point day of a month, or its last day when the month is shorter. */
    public static LocalDate onPointDay(YearMonth month, int pointDay) {
        checkPointDay(pointDay);
        return month.atDay(Math.min(pointDay, month.lengthOfMonth()));
    }

    private static void checkPointDay(int pointDay) {
        if (pointDay < 1 || pointDay > 31) {
            throw new IllegalArgumentException("pointDay must be between 1 and 31: " + pointDay);
        }
    }
}

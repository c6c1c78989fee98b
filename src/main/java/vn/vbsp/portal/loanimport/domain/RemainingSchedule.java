package vn.vbsp.portal.loanimport.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.vbsp.portal.loan.Instalment;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * The schedule an imported loan carries on with: its in-term principal (outstanding − overdue − frozen) repaid
 * yearly on the point day, on the anniversaries of disbursement still ahead of the import date (as
 * {@link RepaymentSchedule} lays them out for a yearly loan), the last at maturity, in equal parts. A loan already
 * past maturity, or maturing before its next anniversary comes, repays it all on the first point day after the
 * import date. The file says nothing of the original interval; yearly is what most of the book uses.
 */
final class RemainingSchedule {

    static final int INTERVAL_MONTHS = 12;

    private RemainingSchedule() {
    }

    static List<Instalment> of(long inTerm, LocalDate disbursedOn, LocalDate maturityOn, LocalDate asOf, int pointDay) {
        if (inTerm <= 0) {
            return List.of();
        }
        List<LocalDate> dues = new ArrayList<>();
        int term = (int) YearMonth.from(disbursedOn).until(YearMonth.from(maturityOn), ChronoUnit.MONTHS);
        if (term >= 1) {
            for (Instalment original : RepaymentSchedule.instalments(Money.of(inTerm), disbursedOn, term, INTERVAL_MONTHS,
                    pointDay)) {
                if (original.dueOn().isAfter(asOf)) {
                    dues.add(original.dueOn());
                }
            }
        }
        if (dues.isEmpty()) {
            LocalDate next = RepaymentSchedule.onPointDay(YearMonth.from(asOf), pointDay);
            dues.add(next.isAfter(asOf) ? next : RepaymentSchedule.pointDayAfter(asOf, 1, pointDay));
        }
        Money[] parts = Money.of(inTerm).split(dues.size());
        List<Instalment> schedule = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            schedule.add(new Instalment(i + 1, dues.get(i), parts[i]));
        }
        return schedule;
    }
}

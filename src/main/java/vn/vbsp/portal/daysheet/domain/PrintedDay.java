package vn.vbsp.portal.daysheet.domain;

import java.util.List;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.collection.GroupSheet;
import vn.vbsp.portal.collection.SheetLine;
import vn.vbsp.portal.shared.Money;

/** A commune's day as list 13/TD prints it: each group's lines with its totals, and the point's totals. */
public record PrintedDay(DaySheets day, List<Group> groups, Totals totals) {

    /** One group's sheet (a null group code is the commune's direct loans) and its totals. */
    public record Group(GroupSheet sheet, Totals totals) {
    }

    /**
     * Sums of a set of lines. Interest owed is split into its normal and overdue parts, principal due into the
     * instalments due and the overdue principal.
     */
    public record Totals(int loans, long households, Money outstanding, Money overdue, Money interestNormal,
            Money interestOverdue, Money principalInstalments, Money principalOverdue, Money savings,
            Money expectedDeposit) {

        static Totals of(List<SheetLine> lines) {
            Money outstanding = Money.ZERO;
            Money overdue = Money.ZERO;
            Money interest = Money.ZERO;
            Money interestOverdue = Money.ZERO;
            Money principal = Money.ZERO;
            Money principalOverdue = Money.ZERO;
            Money savings = Money.ZERO;
            Money deposit = Money.ZERO;
            for (SheetLine line : lines) {
                outstanding = outstanding.plus(line.outstanding());
                overdue = overdue.plus(line.overdue());
                interest = interest.plus(line.interestDue());
                interestOverdue = interestOverdue.plus(line.overdueInterest());
                principal = principal.plus(line.principalDue());
                principalOverdue = principalOverdue.plus(line.overduePrincipal());
                savings = savings.plus(line.savingsBalance());
                deposit = deposit.plus(line.expectedDeposit());
            }
            long households = lines.stream().mapToLong(SheetLine::householdId).distinct().count();
            return new Totals(lines.size(), households, outstanding, overdue, interest.minus(interestOverdue),
                    interestOverdue, principal.minus(principalOverdue), principalOverdue, savings, deposit);
        }
    }

    public static PrintedDay of(DaySheets day) {
        List<Group> groups = day.groups().stream().map(g -> new Group(g, Totals.of(g.lines()))).toList();
        List<SheetLine> all = day.groups().stream().flatMap(g -> g.lines().stream()).toList();
        return new PrintedDay(day, groups, Totals.of(all));
    }

    /** Normal interest owed on a line: what is owed less its overdue part. */
    public static Money interestNormal(SheetLine line) {
        return line.interestDue().minus(line.overdueInterest());
    }

    /** Instalments due on a line, without its overdue principal. */
    public static Money principalInstalments(SheetLine line) {
        return line.principalDue().minus(line.overduePrincipal());
    }
}

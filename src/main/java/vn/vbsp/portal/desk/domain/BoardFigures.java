package vn.vbsp.portal.desk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.vbsp.portal.capital.SourcePlan;
import vn.vbsp.portal.loan.LoanFlows;
import vn.vbsp.portal.report.PortfolioReport;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.Quarter;

/** Everything the Board reads for one quarter, at the end of its last day. */
public record BoardFigures(
        Quarter quarter,
        PortfolioRow total,
        PortfolioRow yearStart,
        PortfolioRow yearAgo,
        LocalDate yearStartDate,
        LocalDate yearAgoDate,
        List<Share> byAssociation,
        PortfolioReport byCommune,
        PortfolioReport byProgramme,
        List<TrendPoint> trend,
        LoanFlows.Flow quarterFlow,
        List<SourcePlan> capital,
        Money disbursedThisYear,
        List<SupervisionLine> supervision,
        Outcomes outcomes) {

    /** An organisation's row and its share of the entrusted outstanding (direct loans have no share). */
    public record Share(PortfolioRow row, BigDecimal percent) {
    }

    /** One quarter of the eight-quarter trend. */
    public record TrendPoint(Quarter quarter, long outstanding, long overdue, BigDecimal overdueRatio) {
    }

    /** Inspections done against plan, per organisation and level. */
    public record SupervisionLine(String levelKey, String association, int plannedGroups, int doneGroups,
            int plannedBorrowers, int doneBorrowers) {
    }

    /** What the lending achieved in the quarter, as far as the book records it. */
    public record Outcomes(long householdsOutOfPoverty, long jobsLoans, long students, long cleanWaterWorks,
            long houses) {
    }

    public LocalDate asOf() {
        return quarter.lastDay();
    }

    public Money capitalPlanned() {
        return capital.stream().map(SourcePlan::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Lent this year as a percentage of the year's capital plan, two decimals; zero without a plan. */
    public BigDecimal capitalUsedPercent() {
        return percent(disbursedThisYear.dong(), capitalPlanned().dong());
    }

    public long growthSinceYearStart() {
        return total.outstanding() - yearStart.outstanding();
    }

    public long growthOnYearAgo() {
        return total.outstanding() - yearAgo.outstanding();
    }

    public BigDecimal growthSinceYearStartPercent() {
        return percent(growthSinceYearStart(), yearStart.outstanding());
    }

    public BigDecimal growthOnYearAgoPercent() {
        return percent(growthOnYearAgo(), yearAgo.outstanding());
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

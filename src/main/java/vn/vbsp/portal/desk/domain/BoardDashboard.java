package vn.vbsp.portal.desk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.capital.CapitalPlans;
import vn.vbsp.portal.desk.domain.BoardFigures.Outcomes;
import vn.vbsp.portal.desk.domain.BoardFigures.Share;
import vn.vbsp.portal.desk.domain.BoardFigures.SupervisionLine;
import vn.vbsp.portal.desk.domain.BoardFigures.TrendPoint;
import vn.vbsp.portal.loan.LoanFlows;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.PastFigures;
import vn.vbsp.portal.report.PortfolioComparison;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioReport;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.shared.Quarter;
import vn.vbsp.portal.supervision.InspectionLevel;
import vn.vbsp.portal.supervision.PlanProgress;
import vn.vbsp.portal.supervision.Supervision;
import vn.vbsp.portal.user.UserScope;

/**
 * Puts the Board's quarter together from the modules that own each figure: balances from the portfolio report,
 * money moved from the loan module's flows, the capital plan, supervision. Nothing is summed here but those.
 */
@Service
public class BoardDashboard {

    static final int TREND_QUARTERS = 8;

    private final PortfolioQuery portfolio;
    private final LoanFlows flows;
    private final CapitalPlans capital;
    private final Supervision supervision;
    private final JdbcClient jdbc;
    private final PastFigures past;

    BoardDashboard(PortfolioQuery portfolio, LoanFlows flows, CapitalPlans capital, Supervision supervision,
            JdbcClient jdbc, PastFigures past) {
        this.portfolio = portfolio;
        this.past = past;
        this.flows = flows;
        this.capital = capital;
        this.supervision = supervision;
        this.jdbc = jdbc;
    }

    public BoardFigures figures(Quarter quarter, UserScope scope) {
        LocalDate asOf = quarter.lastDay();
        PortfolioComparison compared = portfolio.compared(asOf, Breakdown.ASSOCIATION, scope, ReportFilter.NONE);
        PortfolioReport byAssociation = compared.current();
        int year = quarter.year();
        return new BoardFigures(quarter, byAssociation.total(), compared.yearStart().total(), compared.yearAgo().total(),
                compared.yearStartDate(), compared.yearAgoDate(), shares(byAssociation),
                portfolio.portfolio(asOf, Breakdown.COMMUNE, scope),
                portfolio.portfolio(asOf, Breakdown.PROGRAMME, scope),
                trend(quarter, compared, scope),
                moved(quarter.firstDay(), asOf, scope),
                capital.bySource(year),
                moved(LocalDate.of(year, 1, 1), asOf, scope).disbursed(),
                supervision(year, scope),
                outcomes(quarter, scope));
    }

    /** The money moved in [{@code from}, {@code to}] within the scope; once per state of a past {@code to}. */
    private LoanFlows.Flow moved(LocalDate from, LocalDate to, UserScope scope) {
        return past.of(List.of("moved", from, keyOf(scope)), List.of(to), () -> flows.total(from, to, scope));
    }

    /** What the figures depend on in a scope: its organisation and commune, not its role. */
    private static String keyOf(UserScope scope) {
        return scope.associationId() + ":" + scope.communeId();
    }

    private static List<Share> shares(PortfolioReport byAssociation) {
        long entrusted = byAssociation.rows().stream().filter(r -> !"DIRECT".equals(r.code()))
                .mapToLong(PortfolioRow::outstanding).sum();
        return byAssociation.rows().stream()
                .map(r -> new Share(r, "DIRECT".equals(r.code()) ? null : BoardFigures.percent(r.outstanding(), entrusted)))
                .toList();
    }

    /** The quarter and the seven before; three of them (now, the year's start, a year ago) the comparison holds. */
    private List<TrendPoint> trend(Quarter last, PortfolioComparison compared, UserScope scope) {
        Map<LocalDate, PortfolioRow> known = new HashMap<>();
        known.put(compared.current().asOf(), compared.current().total());
        known.put(compared.yearStartDate(), compared.yearStart().total());
        known.put(compared.yearAgoDate(), compared.yearAgo().total());
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = last;
        for (int i = 0; i < TREND_QUARTERS; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters.stream().map(quarter -> {
            PortfolioRow t = known.computeIfAbsent(quarter.lastDay(),
                    day -> portfolio.portfolio(day, Breakdown.ASSOCIATION, scope).total());
            return new TrendPoint(quarter, t.outstanding(), t.overdue(), t.overdueRatio());
        }).toList();
    }

    /** Office plans as they are; each organisation's commune plans summed into one line per organisation. */
    private List<SupervisionLine> supervision(int year, UserScope scope) {
        Map<String, SupervisionLine> lines = new LinkedHashMap<>();
        for (PlanProgress p : supervision.progress(year, scope)) {
            String association = p.associationCode() == null ? "" : p.associationCode();
            String key = p.level() + ":" + association;
            SupervisionLine before = lines.get(key);
            lines.put(key, new SupervisionLine("supervision.level." + p.level(), association,
                    p.plannedGroups() + (before == null ? 0 : before.plannedGroups()),
                    p.doneGroups() + (before == null ? 0 : before.doneGroups()),
                    p.plannedBorrowers() + (before == null ? 0 : before.plannedBorrowers()),
                    p.doneBorrowers() + (before == null ? 0 : before.doneBorrowers())));
        }
        return lines.values().stream()
                .sorted(java.util.Comparator.comparing(SupervisionLine::association)
                        .thenComparing(l -> l.levelKey().endsWith(InspectionLevel.ASSOCIATION_COMMUNE.name())))
                .toList();
    }

    /**
     * Outcomes as the book records them: loans disbursed in the quarter under the job, student, clean-water and
     * housing programmes (one loan, one job place, student, work or house), and the households the year's poverty
     * review found newly out of poverty.
     */
    private Outcomes outcomes(Quarter quarter, UserScope scope) {
        Map<Long, Long> byProgramme = past.of(List.of("loans disbursed", quarter, keyOf(scope)), List.of(quarter.lastDay()),
                () -> flows.loansDisbursed(quarter.firstDay(), quarter.lastDay(), LoanFlows.By.PROGRAMME, scope));
        Map<String, Long> byCode = new LinkedHashMap<>();
        jdbc.sql("select id, code from programme").query(rs -> {
            byCode.put(rs.getString("code"), byProgramme.getOrDefault(rs.getLong("id"), 0L));
        });
        long outOfPoverty = jdbc.sql("""
                select count(*) from household where category = 'MOI_THOAT_NGHEO' and review_year = :year
                """).param("year", quarter.year()).query(Long.class).single();
        return new Outcomes(outOfPoverty, byCode.getOrDefault("GQVL", 0L), byCode.getOrDefault("HSSV", 0L),
                byCode.getOrDefault("NSVSMT", 0L),
                byCode.getOrDefault("NOXH", 0L) + byCode.getOrDefault("NODTTS", 0L) + byCode.getOrDefault("NOHN", 0L));
    }
}

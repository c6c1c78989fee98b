package vn.vbsp.portal.report.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioReport;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.user.CurrentUser;

/**
 * CONTRACT §5: the portfolio report as CSV, for the Board, the province and the organisations' own sheets. Beyond the
 * contract: {@code by=point}, and the optional filters {@code commune}, {@code association}, {@code programme} of the
 * page.
 */
@RestController
class PortfolioCsvController {

    private final PortfolioQuery portfolio;
    private final Clock clock;

    PortfolioCsvController(PortfolioQuery portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GetMapping("/reports/portfolio.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "association") String by,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String association,
            @RequestParam(required = false) String programme) {
        LocalDate date = ReportParams.isoAsOf(asOf, LocalDate.now(clock));
        Breakdown breakdown = ReportParams.by(by);
        PortfolioReport report = portfolio.portfolio(date, breakdown, CurrentUser.scope(),
                new ReportFilter(commune, association, programme));
        Csv csv = new Csv().line("code", "name", "households", "loans", "outstanding", "overdue", "frozen", "overdue_ratio");
        report.rows().forEach(row -> line(csv, row));
        line(csv, report.total());
        return csv.attachment("portfolio-" + breakdown.parameter() + "-" + date + ".csv");
    }

    private static void line(Csv csv, PortfolioRow row) {
        csv.line(row.code(), row.name(), row.households(), row.loans(), row.outstanding(), row.overdue(), row.frozen(),
                row.overdueRatio().toPlainString());
    }
}

package vn.vbsp.portal.report.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/** The quarterly figures the Board and the director read: outstanding, overdue, by organisation, commune and programme. */
@Controller
class DashboardController {

    private final PortfolioQuery portfolio;
    private final AssociationDirectory associations;
    private final Clock clock;

    DashboardController(PortfolioQuery portfolio, AssociationDirectory associations, Clock clock) {
        this.portfolio = portfolio;
        this.associations = associations;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        UserScope scope = CurrentUser.scope();
        LocalDate startOfYear = date.withDayOfYear(1).minusDays(1);
        model.addAttribute("asOf", date);
        model.addAttribute("startOfYear", startOfYear);
        model.addAttribute("byAssociation", portfolio.portfolio(date, Breakdown.ASSOCIATION, scope));
        model.addAttribute("byCommune", portfolio.portfolio(date, Breakdown.COMMUNE, scope));
        model.addAttribute("byProgramme", portfolio.portfolio(date, Breakdown.PROGRAMME, scope));
        model.addAttribute("yearStart", portfolio.portfolio(startOfYear, Breakdown.ASSOCIATION, scope).total());
        model.addAttribute("scopeAssociation",
                scope.associationId() == null ? null : associations.find(scope.associationId()).orElse(null));
        return "report/dashboard";
    }
}

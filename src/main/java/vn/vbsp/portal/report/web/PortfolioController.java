package vn.vbsp.portal.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.GroupLoans;
import vn.vbsp.portal.report.GroupLoansQuery;
import vn.vbsp.portal.report.PortfolioComparison;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/**
 * The portfolio report on screen and as a workbook: for a date and a breakdown, with filters, sorting, the change
 * since the start of the year and since the same date a year before, and a drill-down from an organisation, a
 * commune, a point or a programme to its groups and from a group to its loans.
 */
@Controller
class PortfolioController {

    /** Rows on one screen; the files hold them all. */
    static final int PAGE_SIZE = 100;

    private final PortfolioQuery portfolio;
    private final GroupLoansQuery groupLoans;
    private final CommuneDirectory communes;
    private final AssociationDirectory associations;
    private final ProgrammeCatalogue programmes;
    private final MessageSource messages;
    private final Clock clock;

    PortfolioController(PortfolioQuery portfolio, GroupLoansQuery groupLoans, CommuneDirectory communes,
            AssociationDirectory associations, ProgrammeCatalogue programmes, MessageSource messages, Clock clock) {
        this.portfolio = portfolio;
        this.groupLoans = groupLoans;
        this.communes = communes;
        this.associations = associations;
        this.programmes = programmes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/portfolio")
    String page(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "association") String by,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String association,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String page, Model model) {
        LocalDate date = ReportParams.asOf(asOf, LocalDate.now(clock));
        Breakdown breakdown = ReportParams.by(by);
        PortfolioSort order = PortfolioSort.fromParameter(sort);
        boolean descending = ReportParams.descending(dir);
        int wanted = ReportParams.page(page);
        ReportFilter filter = new ReportFilter(commune, association, programme);
        UserScope scope = CurrentUser.scope();

        PortfolioComparison report = portfolio.compared(date, breakdown, scope, filter);
        Links links = new Links("/reports/portfolio").with("asOf", date).with("by", breakdown.parameter())
                .with("commune", filter.commune()).with("association", filter.association())
                .with("programme", filter.programme());
        model.addAttribute("asOf", date);
        model.addAttribute("by", breakdown);
        model.addAttribute("filter", filter);
        model.addAttribute("report", report);
        List<PortfolioRow> sortedRows = order.sort(report, descending);
        int pages = Math.max(1, (sortedRows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(wanted, pages);
        model.addAttribute("rows", sortedRows.subList((current - 1) * PAGE_SIZE, Math.min(sortedRows.size(), current * PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        Links paged = links.with("sort", order == PortfolioSort.CODE ? null : order.parameter()).with("dir", descending ? "desc" : null);
        model.addAttribute("prevLink", current > 1 ? paged.with("page", current - 1).url() : null);
        model.addAttribute("nextLink", current < pages ? paged.with("page", current + 1).url() : null);
        model.addAttribute("sort", order.parameter());
        model.addAttribute("descending", descending);
        model.addAttribute("links", links);
        Map<String, String> sortLinks = new HashMap<>();
        for (PortfolioSort each : PortfolioSort.values()) {
            sortLinks.put(each.parameter(), links.with("sort", each.parameter())
                    .with("dir", each == order && !descending ? "desc" : null).url());
        }
        model.addAttribute("sortLinks", sortLinks);
        Map<String, String> drill = new HashMap<>();
        report.current().rows().forEach(row -> drill.put(row.code(), drillDown(links, breakdown, row.code())));
        model.addAttribute("drill", drill);
        Links sorted = links.with("sort", order.parameter()).with("dir", descending ? "desc" : null);
        model.addAttribute("csvLink", sorted.at("/reports/portfolio.csv").with("sort", null).with("dir", null).url());
        model.addAttribute("xlsxLink", sorted.at("/reports/portfolio.xlsx").with("sort", null).with("dir", null).url());
        model.addAttribute("allLink", new Links("/reports/portfolio").with("asOf", date).with("by", breakdown.parameter()).url());
        model.addAttribute("breakdowns", Breakdown.values());
        addChoices(model, scope);
        return "report/portfolio";
    }

    /** Where a row of the report leads: an organisation, commune, point or programme to its groups, a group to its loans. */
    private static String drillDown(Links links, Breakdown by, String code) {
        Links groups = links.with("by", "group").with("sort", null).with("dir", null);
        return switch (by) {
            case ASSOCIATION -> groups.with("association", code).url();
            case COMMUNE, POINT -> groups.with("commune", code).url();
            case PROGRAMME -> groups.with("programme", code).url();
            case GROUP -> links.at("/reports/portfolio/group").with("by", null).with("code", code).url();
        };
    }

    @GetMapping("/reports/portfolio/group")
    String group(@RequestParam(required = false) String asOf, @RequestParam String code,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String programme,
            Model model) {
        LocalDate date = ReportParams.asOf(asOf, LocalDate.now(clock));
        ReportFilter filter = new ReportFilter(commune, null, programme);
        GroupLoans loans = groupLoans.group(date, code.strip(), CurrentUser.scope(), filter)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("asOf", date);
        model.addAttribute("group", loans);
        model.addAttribute("filter", filter);
        model.addAttribute("back", new Links("/reports/portfolio").with("asOf", date).with("by", "group")
                .with("commune", filter.commune()).with("programme", filter.programme()).url());
        return "report/group";
    }

    @GetMapping("/reports/portfolio.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "association") String by, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String association, @RequestParam(required = false) String programme) {
        LocalDate date = ReportParams.isoAsOf(asOf, LocalDate.now(clock));
        Breakdown breakdown = ReportParams.by(by);
        ReportFilter filter = new ReportFilter(commune, association, programme);
        PortfolioComparison report = portfolio.compared(date, breakdown, CurrentUser.scope(), filter);
        Formats fmt = new Formats();
        try (Xlsx xlsx = new Xlsx()) {
            xlsx.sheet(text("report.xlsx.portfolio.sheet"))
                    .widths(14, 40, 12, 10, 18, 16, 16, 10, 18, 18, 16, 16, 18, 18)
                    .title(text("report.portfolio.title-by", text("report.key." + breakdown.parameter())))
                    .note(text("dashboard.as-of", fmt.date(date)) + scopeNote(filter))
                    .blank()
                    .header(text("report.col.code"), text("report.col.name"), text("report.col.households"),
                            text("report.col.loans"), text("report.col.outstanding"), text("report.col.overdue"),
                            text("report.col.frozen"), text("report.col.ratio-pct"),
                            text("report.col.outstanding-on", fmt.date(report.yearStartDate())),
                            text("report.col.outstanding-on", fmt.date(report.yearAgoDate())),
                            text("report.col.overdue-on", fmt.date(report.yearStartDate())),
                            text("report.col.overdue-on", fmt.date(report.yearAgoDate())),
                            text("report.change.year-start"), text("report.change.year-ago"));
            for (PortfolioRow row : report.current().rows()) {
                xlsx.row(xlsxRow(row, report));
            }
            xlsx.total(xlsxRow(report.current().total(), report));
            return xlsx.attachment("portfolio-" + breakdown.parameter() + "-" + date + ".xlsx");
        }
    }

    private Object[] xlsxRow(PortfolioRow row, PortfolioComparison report) {
        PortfolioRow start = report.yearStartOf(row.code());
        PortfolioRow ago = report.yearAgoOf(row.code());
        return new Object[] {row.code(), row.code().equals("DIRECT") ? text("report.direct") : row.code().equals("TOTAL")
                ? text("report.total") : row.name(), row.households(), row.loans(), row.outstanding(), row.overdue(),
            row.frozen(), row.overdueRatio(), start == null ? 0L : start.outstanding(), ago == null ? 0L : ago.outstanding(),
            start == null ? 0L : start.overdue(), ago == null ? 0L : ago.overdue(),
            row.outstanding() - (start == null ? 0L : start.outstanding()), row.outstanding() - (ago == null ? 0L : ago.outstanding())};
    }

    private String scopeNote(ReportFilter filter) {
        StringBuilder note = new StringBuilder();
        UserScope scope = CurrentUser.scope();
        if (!scope.isWholeOffice()) {
            associations.find(scope.associationId()).ifPresent(a -> note.append(" · ").append(text("dashboard.scope", a.name())));
        }
        if (filter.commune() != null) {
            note.append(" · ").append(text("report.key.commune")).append(": ").append(filter.commune());
        }
        if (filter.association() != null) {
            note.append(" · ").append(text("report.key.association")).append(": ").append(filter.association());
        }
        if (filter.programme() != null) {
            note.append(" · ").append(text("report.key.programme")).append(": ").append(filter.programme());
        }
        return note.toString();
    }

    private void addChoices(Model model, UserScope scope) {
        model.addAttribute("communes", communes.all());
        model.addAttribute("associations", associations.all());
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("scopeAssociation",
                scope.associationId() == null ? null : associations.find(scope.associationId()).orElse(null));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

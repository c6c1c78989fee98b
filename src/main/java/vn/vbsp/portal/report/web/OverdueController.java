package vn.vbsp.portal.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.report.AgeingBucket;
import vn.vbsp.portal.report.OverdueLine;
import vn.vbsp.portal.report.OverdueQuery;
import vn.vbsp.portal.report.OverdueReport;
import vn.vbsp.portal.report.OverdueSummary;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/**
 * The overdue report: every loan with overdue principal or unpaid interest on a date, with its age and ageing band,
 * the totals per band (also at the start of the year and a year before), filtered by commune, organisation,
 * programme and band; paged on screen, whole in the files.
 */
@Controller
class OverdueController {

    static final int PAGE_SIZE = 50;

    private final OverdueQuery overdue;
    private final CommuneDirectory communes;
    private final AssociationDirectory associations;
    private final ProgrammeCatalogue programmes;
    private final MessageSource messages;
    private final Clock clock;

    OverdueController(OverdueQuery overdue, CommuneDirectory communes, AssociationDirectory associations,
            ProgrammeCatalogue programmes, MessageSource messages, Clock clock) {
        this.overdue = overdue;
        this.communes = communes;
        this.associations = associations;
        this.programmes = programmes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/overdue")
    String page(@RequestParam(required = false) String asOf, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String association, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String bucket, @RequestParam(required = false) String page,
            @RequestParam(required = false) String print, Model model) {
        boolean printAll = "all".equals(print);
        LocalDate date = ReportParams.asOf(asOf, LocalDate.now(clock));
        AgeingBucket band = ReportParams.bucket(bucket);
        int wanted = ReportParams.page(page);
        ReportFilter filter = new ReportFilter(commune, association, programme);
        UserScope scope = CurrentUser.scope();

        OverdueReport report = overdue.overdue(date, scope, filter, band);
        // the print view holds every line on one page, so that a printed report is never one page of it unsaid
        int pageSize = printAll ? Math.max(1, report.lines().size()) : PAGE_SIZE;
        int pages = Math.max(1, (report.lines().size() + pageSize - 1) / pageSize);
        int current = Math.min(wanted, pages);
        List<OverdueLine> shown = report.lines().subList((current - 1) * pageSize,
                Math.min(report.lines().size(), current * pageSize));
        Links links = new Links("/reports/overdue").with("asOf", date).with("commune", filter.commune())
                .with("association", filter.association()).with("programme", filter.programme())
                .with("bucket", band == null ? null : band.parameter());
        model.addAttribute("asOf", date);
        model.addAttribute("filter", filter);
        model.addAttribute("bucket", band);
        model.addAttribute("buckets", AgeingBucket.values());
        model.addAttribute("report", report);
        model.addAttribute("lines", shown);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstIndex", (current - 1) * pageSize);
        model.addAttribute("printAll", printAll);
        model.addAttribute("printAllLink", links.with("print", "all").url());
        model.addAttribute("pagedLink", links.url());
        model.addAttribute("prevLink", current > 1 ? links.with("page", current - 1).url() : null);
        model.addAttribute("nextLink", current < pages ? links.with("page", current + 1).url() : null);
        model.addAttribute("csvLink", links.at("/reports/overdue.csv").url());
        model.addAttribute("xlsxLink", links.at("/reports/overdue.xlsx").url());
        java.util.Map<String, String> bucketLinks = new java.util.HashMap<>();
        for (AgeingBucket each : AgeingBucket.values()) {
            bucketLinks.put(each.name(), links.with("bucket", each.parameter()).url());
        }
        bucketLinks.put("ALL", links.with("bucket", null).url());
        model.addAttribute("bucketLinks", bucketLinks);
        model.addAttribute("communes", communes.all());
        model.addAttribute("associations", associations.all());
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("scopeAssociation",
                scope.associationId() == null ? null : associations.find(scope.associationId()).orElse(null));
        return "report/overdue";
    }

    @GetMapping("/reports/overdue.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String asOf, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String association, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String bucket) {
        LocalDate date = ReportParams.isoAsOf(asOf, LocalDate.now(clock));
        AgeingBucket band = ReportParams.bucket(bucket);
        List<OverdueLine> lines = overdue.lines(date, CurrentUser.scope(), new ReportFilter(commune, association, programme), band);
        Csv csv = new Csv().line("record", "loan_no", "household", "group_code", "group_name", "association", "commune",
                "programme", "outstanding", "overdue", "interest_unpaid", "overdue_since", "interest_since", "days_overdue",
                "bucket", "loans");
        for (OverdueLine l : lines) {
            csv.line("LOAN", l.loanNo(), l.householdName(), l.groupCode(), l.groupName(),
                    l.associationCode() == null ? "DIRECT" : l.associationCode(), l.communeCode(), l.programmeCode(),
                    l.outstanding(), l.overdue(), l.interest(), l.overdueSince(), l.interestSince(), l.days(),
                    l.bucket().parameter(), 1);
        }
        OverdueSummary summary = OverdueSummary.of(date, lines);
        for (AgeingBucket each : AgeingBucket.values()) {
            OverdueSummary.Total t = summary.of(each);
            csv.line("TOTAL", null, null, null, null, null, null, null, null, t.overdue(), t.interest(), null, null, null,
                    each.parameter(), t.loans());
        }
        OverdueSummary.Total all = summary.total();
        csv.line("TOTAL", null, null, null, null, null, null, null, null, all.overdue(), all.interest(), null, null, null,
                "all", all.loans());
        return csv.attachment("overdue-" + date + ".csv");
    }

    @GetMapping("/reports/overdue.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String asOf, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String association, @RequestParam(required = false) String programme,
            @RequestParam(required = false) String bucket) {
        LocalDate date = ReportParams.isoAsOf(asOf, LocalDate.now(clock));
        AgeingBucket band = ReportParams.bucket(bucket);
        OverdueReport report = overdue.overdue(date, CurrentUser.scope(), new ReportFilter(commune, association, programme), band);
        Formats fmt = new Formats();
        try (Xlsx xlsx = new Xlsx()) {
            xlsx.sheet(text("report.xlsx.overdue.sheet"))
                    .widths(16, 28, 16, 30, 10, 10, 10, 16, 16, 16, 12, 12, 10, 10)
                    .title(text("report.overdue.title"))
                    .note(text("dashboard.as-of", fmt.date(date)) + (band == null ? "" : " · " + text("report.bucket." + band.name())))
                    .blank()
                    .header(text("report.col.loan-no"), text("report.col.household"), text("report.col.group-code"),
                            text("report.col.group"), text("report.key.association"), text("report.key.commune"),
                            text("report.key.programme"), text("report.col.outstanding"), text("report.col.overdue"),
                            text("report.col.interest"), text("report.col.overdue-since"), text("report.col.interest-since"),
                            text("report.col.days"), text("report.col.bucket"));
            for (OverdueLine l : report.lines()) {
                xlsx.row(l.loanNo(), l.householdName(), l.groupCode(), l.groupName(),
                        l.associationCode() == null ? "DIRECT" : l.associationCode(), l.communeCode(), l.programmeCode(),
                        l.outstanding(), l.overdue(), l.interest(), l.overdueSince(), l.interestSince(), l.days(),
                        l.bucket().parameter());
            }
            OverdueSummary listed = OverdueSummary.of(date, report.lines());
            xlsx.total(text("report.total"), null, null, null, null, null, null, null, listed.total().overdue(),
                    listed.total().interest(), null, null, null, null);

            xlsx.sheet(text("report.xlsx.buckets.sheet"))
                    .widths(22, 12, 18, 18, 12, 18, 18, 12, 18, 18)
                    .title(text("report.overdue.by-bucket"))
                    .note(text("dashboard.as-of", fmt.date(date)))
                    .blank()
                    .header(text("report.col.bucket"),
                            text("report.col.loans-on", fmt.date(date)), text("report.col.overdue-on", fmt.date(date)),
                            text("report.col.interest-on", fmt.date(date)),
                            text("report.col.loans-on", fmt.date(report.yearStart().asOf())),
                            text("report.col.overdue-on", fmt.date(report.yearStart().asOf())),
                            text("report.col.interest-on", fmt.date(report.yearStart().asOf())),
                            text("report.col.loans-on", fmt.date(report.yearAgo().asOf())),
                            text("report.col.overdue-on", fmt.date(report.yearAgo().asOf())),
                            text("report.col.interest-on", fmt.date(report.yearAgo().asOf())));
            for (AgeingBucket each : AgeingBucket.values()) {
                xlsx.row(bucketRow(text("report.bucket." + each.name()), report.summary().of(each),
                        report.yearStart().of(each), report.yearAgo().of(each)));
            }
            xlsx.total(bucketRow(text("report.total"), report.summary().total(), report.yearStart().total(),
                    report.yearAgo().total()));
            return xlsx.attachment("overdue-" + date + ".xlsx");
        }
    }

    private static Object[] bucketRow(String label, OverdueSummary.Total now, OverdueSummary.Total start,
            OverdueSummary.Total ago) {
        return new Object[] {label, now.loans(), now.overdue(), now.interest(), start.loans(), start.overdue(),
            start.interest(), ago.loans(), ago.overdue(), ago.interest()};
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

package vn.vbsp.portal.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioReport;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.user.CurrentUser;

/** CONTRACT §5: the portfolio report as CSV, for the Board, the province and the organisations' own sheets. */
@RestController
class PortfolioCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BOM = "\uFEFF";

    private final PortfolioQuery portfolio;
    private final Clock clock;
    private final MessageSource messages;

    PortfolioCsvController(PortfolioQuery portfolio, Clock clock, MessageSource messages) {
        this.portfolio = portfolio;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/reports/portfolio.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "association") String by) {
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            return badRequest("report.error.as-of");
        }
        var breakdown = Breakdown.fromParameter(by);
        if (breakdown.isEmpty()) {
            return badRequest("report.error.by");
        }
        PortfolioReport report = portfolio.portfolio(date, breakdown.get(), CurrentUser.scope());
        StringBuilder csv = new StringBuilder(BOM).append("code,name,households,loans,outstanding,overdue,frozen,overdue_ratio\r\n");
        report.rows().forEach(row -> line(csv, row));
        line(csv, report.total());
        String filename = "portfolio-" + breakdown.get().parameter() + "-" + date + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(csv.toString());
    }

    private static void line(StringBuilder csv, PortfolioRow row) {
        csv.append(quote(row.code())).append(',').append(quote(row.name())).append(',')
                .append(row.households()).append(',').append(row.loans()).append(',')
                .append(row.outstanding()).append(',').append(row.overdue()).append(',').append(row.frozen()).append(',')
                .append(row.overdueRatio().toPlainString()).append("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private ResponseEntity<String> badRequest(String messageKey) {
        String message = messages.getMessage(messageKey, null, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(message);
    }
}

package vn.vbsp.portal.commission.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.commission.domain.CommissionRates;
import vn.vbsp.portal.commission.domain.CommissionStatements;
import vn.vbsp.portal.commission.domain.CommissionWorkbook;
import vn.vbsp.portal.shared.DateText;
import vn.vbsp.portal.user.CurrentUser;

/** The group leaders' commission statement of a month (screen, print, XLSX) and the rates (ADMIN). */
@Controller
@RequestMapping("/commissions")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
class CommissionController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CommissionStatements statements;
    private final CommissionRates rates;
    private final CommissionWorkbook workbook;
    private final Clock clock;

    CommissionController(CommissionStatements statements, CommissionRates rates, CommissionWorkbook workbook,
            Clock clock) {
        this.clock = clock;
        this.statements = statements;
        this.rates = rates;
        this.workbook = workbook;
    }

    @GetMapping
    String statement(@RequestParam(required = false) String month, Model model) {
        YearMonth chosen = month(month, model);
        model.addAttribute("statement", statements.of(chosen));
        return "commission/statement";
    }

    @GetMapping("/print")
    String print(@RequestParam(required = false) String month, Model model) {
        model.addAttribute("statement", statements.of(month(month, model)));
        return "commission/print";
    }

    @GetMapping(value = "/statement.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month, Model model, Locale locale) {
        YearMonth chosen = month(month, model);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("hoa-hong-" + chosen + ".xlsx").build().toString())
                .body(workbook.xlsx(statements.of(chosen), locale));
    }

    @GetMapping("/rates")
    @PreAuthorize("hasRole('ADMIN')")
    String rates(Model model) {
        model.addAttribute("rates", rates.all());
        model.addAttribute("programmes", rates.programmes());
        return "commission/rates";
    }

    @PostMapping("/rates")
    @PreAuthorize("hasRole('ADMIN')")
    String setRate(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
            @RequestParam(required = false) String rate, RedirectAttributes redirect) {
        LocalDate effective;
        BigDecimal pct;
        try {
            effective = DateText.read(from);
            pct = new BigDecimal(rate == null ? "" : rate.strip().replace(',', '.'));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", "commission.rates.invalid");
            return "redirect:/commissions/rates";
        }
        if (effective == null || pct.signum() < 0 || pct.compareTo(HUNDRED) > 0 || pct.scale() > 2 || effective.getYear() < 2000
                || effective.getYear() > 2100) {
            redirect.addFlashAttribute("flashError", "commission.rates.invalid");
            return "redirect:/commissions/rates";
        }
        try {
            rates.set(programme == null ? "" : programme, effective, pct, CurrentUser.username());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", "commission.rates.invalid");
            return "redirect:/commissions/rates";
        }
        redirect.addFlashAttribute("flash", "commission.rates.saved");
        return "redirect:/commissions/rates";
    }

    /** The month asked for ({@code yyyy-MM}), or the current one; a month that cannot be read is the current one. */
    private YearMonth month(String month, Model model) {
        YearMonth chosen;
        try {
            chosen = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("monthError", true);
            chosen = YearMonth.now(clock);
        }
        model.addAttribute("month", chosen);
        return chosen;
    }
}

package vn.vbsp.portal.capital.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.capital.domain.CapitalNotFoundException;
import vn.vbsp.portal.capital.domain.CapitalPlanService;
import vn.vbsp.portal.capital.domain.CapitalQuery;
import vn.vbsp.portal.capital.domain.CapitalRuleException;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.shared.SubmitOnce;

/**
 * The yearly capital plan: everyone signed in (but association officers) reads plan, used and left per commune and
 * programme; ADMIN and DIRECTOR set a commune's plan by programme and source.
 */
@Controller
@RequestMapping("/capital")
class CapitalController {

    private static final Pattern CELL = Pattern.compile("amount_(\\d+)_(\\d+)");
    private static final String MONEY_MESSAGE = "typeMismatch." + Money.class.getName();

    private final CapitalQuery query;
    private final CapitalPlanService plans;
    private final Clock clock;

    CapitalController(CapitalQuery query, CapitalPlanService plans, Clock clock) {
        this.query = query;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR','BOARD')")
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
        List<CapitalQuery.Row> rows = query.overview(chosen);
        model.addAttribute("year", chosen);
        model.addAttribute("rows", rows);
        model.addAttribute("communes", query.communes());
        model.addAttribute("total", rows.stream().map(CapitalQuery.Row::plan).reduce(Money.ZERO, Money::plus));
        model.addAttribute("totalDisbursed", rows.stream().map(CapitalQuery.Row::disbursed).reduce(Money.ZERO, Money::plus));
        model.addAttribute("totalWaiting", rows.stream().map(CapitalQuery.Row::approvedWaiting).reduce(Money.ZERO, Money::plus));
        return "capital/plans";
    }

    @GetMapping("/{year}/{communeId}")
    @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR')")
    String edit(@PathVariable int year, @PathVariable long communeId, Model model) {
        Map<String, String> cells = new HashMap<>();
        query.cells(year, communeId).forEach(c -> cells.put(c.programmeId() + "_" + c.sourceId(), MoneyText.print(c.amount())));
        return form(year, communeId, cells, Map.of(), model);
    }

    /**
     * The form sends one field {@code amount_<programmeId>_<sourceId>} per cell, read by the shared
     * {@link MoneyText}: an empty cell is 0; a cell that is not whole đồng ({@code 1,5}, {@code 1.5}, {@code -5}) is
     * refused at its field, the form shown again as typed, and nothing is saved.
     */
    @PostMapping("/{year}/{communeId}")
    @SubmitOnce
    @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR')")
    String save(@PathVariable int year, @PathVariable long communeId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        List<CapitalPlanService.Line> lines = new ArrayList<>();
        Map<String, String> typed = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            var cell = CELL.matcher(param.getKey());
            if (!cell.matches()) {
                continue;
            }
            String key = cell.group(1) + "_" + cell.group(2);
            String text = param.getValue();
            typed.put(key, text);
            try {
                Money amount = MoneyText.isBlank(text) ? Money.ZERO : MoneyText.parse(text);
                lines.add(new CapitalPlanService.Line(Integer.parseInt(cell.group(1)), Integer.parseInt(cell.group(2)), amount));
            } catch (MoneyText.Unreadable e) {
                refused.put(key, MONEY_MESSAGE);
            }
        }
        if (!refused.isEmpty()) {
            model.addAttribute("flashError", "capital.error.amount");
            return form(year, communeId, typed, refused, model);
        }
        try {
            plans.set(year, communeId, lines);
            redirect.addFlashAttribute("flash", "capital.flash.saved");
            return "redirect:/capital?year=" + year;
        } catch (CapitalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/capital/" + year + "/" + communeId;
        }
    }

    private String form(int year, long communeId, Map<String, String> cells, Map<String, String> refused, Model model) {
        CapitalQuery.Commune commune = query.communes().stream().filter(c -> c.id() == communeId).findFirst()
                .orElseThrow(() -> new CapitalNotFoundException(communeId));
        model.addAttribute("year", year);
        model.addAttribute("commune", commune);
        model.addAttribute("programmes", query.programmes());
        model.addAttribute("sources", query.sources());
        model.addAttribute("cells", cells);
        model.addAttribute("refused", refused);
        return "capital/edit";
    }
}

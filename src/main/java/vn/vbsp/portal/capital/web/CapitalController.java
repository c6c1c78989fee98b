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
import vn.vbsp.portal.shared.SubmitOnce;

/**
 * The yearly capital plan: everyone signed in (but association officers) reads plan, used and left per commune and
 * programme; ADMIN and DIRECTOR set a commune's plan by programme and source.
 */
@Controller
@RequestMapping("/capital")
class CapitalController {

    private static final Pattern CELL = Pattern.compile("amount_(\\d+)_(\\d+)");

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
        CapitalQuery.Commune commune = query.communes().stream().filter(c -> c.id() == communeId).findFirst()
                .orElseThrow(() -> new CapitalNotFoundException(communeId));
        Map<String, Long> cells = new HashMap<>();
        query.cells(year, communeId).forEach(c -> cells.put(c.programmeId() + "_" + c.sourceId(), c.amount().dong()));
        model.addAttribute("year", year);
        model.addAttribute("commune", commune);
        model.addAttribute("programmes", query.programmes());
        model.addAttribute("sources", query.sources());
        model.addAttribute("cells", cells);
        return "capital/edit";
    }

    /** The form sends one field {@code amount_<programmeId>_<sourceId>} per cell, in đồng. */
    @PostMapping("/{year}/{communeId}")
    @SubmitOnce
    @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR')")
    String save(@PathVariable int year, @PathVariable long communeId, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        List<CapitalPlanService.Line> lines = new ArrayList<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            var cell = CELL.matcher(param.getKey());
            if (!cell.matches()) {
                continue;
            }
            String digits = param.getValue() == null ? "" : param.getValue().replaceAll("[.,\\s\\u00a0₫]", "");
            if (!digits.matches("-?[0-9]{0,15}")) {
                redirect.addFlashAttribute("flashError", "capital.error.amount");
                return "redirect:/capital/" + year + "/" + communeId;
            }
            lines.add(new CapitalPlanService.Line(Integer.parseInt(cell.group(1)), Integer.parseInt(cell.group(2)),
                    Money.of(digits.isEmpty() || digits.equals("-") ? 0 : Long.parseLong(digits))));
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
}

package vn.vbsp.portal.collection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.collection.CollectionDesk;
import vn.vbsp.portal.collection.DayEntry;
import vn.vbsp.portal.collection.LinePayment;
import vn.vbsp.portal.collection.LineProblem;
import vn.vbsp.portal.collection.PostingOutcome;
import vn.vbsp.portal.collection.SheetRefused;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.user.CurrentUser;

/** The transaction days: the coming days, and a commune's day with every group's sheet to enter and post. */
@Controller
@RequestMapping("/transaction-days")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
class DayController {

    private final CollectionDesk desk;
    private final DayPage page;
    private final TransactionCalendar calendar;
    private final CommuneDirectory communes;
    private final Clock clock;

    DayController(CollectionDesk desk, DayPage page, TransactionCalendar calendar, CommuneDirectory communes,
            Clock clock) {
        this.desk = desk;
        this.page = page;
        this.calendar = calendar;
        this.communes = communes;
        this.clock = clock;
    }

    /** A day of the calendar with the commune's code for its link. */
    record DayLink(LocalDate date, String communeCode, String communeName, String place) {
    }

    @GetMapping
    String days(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> codes = communes.all().stream()
                .collect(Collectors.toMap(CommuneSummary::id, CommuneSummary::code, (a, b) -> a));
        List<DayLink> days = calendar.between(today.minusDays(7), today.plusDays(31)).stream()
                .filter(d -> codes.containsKey(d.communeId()))
                .map(d -> new DayLink(d.date(), codes.get(d.communeId()), d.communeName(), d.place())).toList();
        model.addAttribute("today", today);
        model.addAttribute("days", days);
        return "collection/days";
    }

    @GetMapping("/{communeCode}/{date}")
    String day(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model, Locale locale) {
        page.fill(model, communeCode, date, CurrentUser.scope(), null, null, List.of(), locale);
        model.addAttribute("today", LocalDate.now(clock));
        return "collection/day";
    }

    @PostMapping("/{communeCode}/{date}/sheets/{groupKey}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String post(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable String groupKey, @ModelAttribute SheetForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (form.getFill() != null && !form.getFill().isBlank()) {
            return again(communeCode, date, groupKey, form, List.of(), model, locale);
        }
        List<LineProblem> unreadable = new ArrayList<>();
        List<LinePayment> lines = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            LineForm line = form.getLines().get(i);
            int row = i + 1;
            Function<String, Money> read = text -> amount(text, row, line.getLoanNo(), unreadable);
            lines.add(new LinePayment(row, line.getLoanNo(), read.apply(line.getInterest()),
                    read.apply(line.getPrincipal()), read.apply(line.getDeposit()), read.apply(line.getWithdrawal()),
                    line.isEarly(), line.getNote()));
        }
        if (!unreadable.isEmpty()) {
            return again(communeCode, date, groupKey, form, unreadable, model, locale);
        }
        try {
            PostingOutcome outcome = desk.post(new DayEntry(communeCode, date, form.getReason(), form.getToken(), lines),
                    CurrentUser.username());
            redirect.addFlashAttribute("flash", outcome.repeated() && outcome.linesPosted() == 0
                    ? "collection.flash.nothing-new" : "collection.flash.posted");
            redirect.addFlashAttribute("outcome", outcome);
        } catch (SheetRefused e) {
            return again(communeCode, date, groupKey, form, e.problems(), model, locale);
        }
        return "redirect:/transaction-days/" + communeCode + "/" + date + "#group-" + groupKey;
    }

    private String again(String communeCode, LocalDate date, String groupKey, SheetForm form, List<LineProblem> problems,
            Model model, Locale locale) {
        page.fill(model, communeCode, date, CurrentUser.scope(), groupKey, form, problems, locale);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("refusedGroup", problems.isEmpty() ? null : groupKey);
        if (form.getToken() != null && !problems.isEmpty()) {
            model.addAttribute("token", form.getToken());
        }
        return "collection/day";
    }

    private static Money amount(String text, int row, String loanNo, List<LineProblem> problems) {
        if (MoneyText.isBlank(text)) {
            return null;
        }
        try {
            return MoneyText.parse(text);
        } catch (MoneyText.Unreadable e) {
            problems.add(new LineProblem(row, loanNo, e.messageKey(), text.strip()));
            return null;
        }
    }

    @GetMapping("/{communeCode}/{date}/sheets/{groupKey}")
    String backToDay(@PathVariable String communeCode, @PathVariable String date, @PathVariable String groupKey) {
        return "redirect:/transaction-days/" + communeCode + "/" + date;
    }
}

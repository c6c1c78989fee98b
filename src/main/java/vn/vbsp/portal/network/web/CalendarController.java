package vn.vbsp.portal.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.network.TransactionDay;

/** The coming three months of transaction days for the whole office (the staff's desk lives in the desk module). */
@Controller
class CalendarController {

    private final TransactionCalendar calendar;
    private final Clock clock;

    CalendarController(TransactionCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("days", byDate(calendar.between(today, today.plusMonths(3))));
        return "network/calendar";
    }

    private static Map<LocalDate, List<TransactionDay>> byDate(List<TransactionDay> days) {
        return days.stream().collect(Collectors.groupingBy(TransactionDay::date, LinkedHashMap::new, Collectors.toList()));
    }
}

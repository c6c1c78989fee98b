package vn.vbsp.portal.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.desk.domain.BoardDashboard;
import vn.vbsp.portal.desk.domain.BoardFigures;
import vn.vbsp.portal.shared.BadParameter;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.PdfDocuments;
import vn.vbsp.portal.shared.Quarter;
import vn.vbsp.portal.user.CurrentUser;

/** The Board's quarter: the page with its charts, the print view and the PDF for the meeting. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','BOARD')")
class DashboardController {

    private final BoardDashboard dashboard;
    private final PdfDocuments pdf;
    private final Formats fmt;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(BoardDashboard dashboard, PdfDocuments pdf, Formats fmt, MessageSource messages, Clock clock) {
        this.dashboard = dashboard;
        this.pdf = pdf;
        this.fmt = fmt;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String quarter, Model model) {
        BoardFigures figures = figures(quarter, model);
        model.addAttribute("chartData", new DashboardCharts(figures, fmt, messages).json());
        model.addAttribute("quarters", choices());
        return "desk/dashboard";
    }

    @GetMapping("/dashboard/print")
    String print(@RequestParam(required = false) String quarter, Model model) {
        BoardFigures figures = figures(quarter, model);
        model.addAttribute("svg", new DashboardCharts(figures, fmt, messages).svg());
        model.addAttribute("pdf", false);
        return "desk/dashboard-print";
    }

    @GetMapping("/dashboard.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String quarter) {
        Quarter q = quarter(quarter);
        BoardFigures figures = dashboard.figures(q, CurrentUser.scope());
        Map<String, Object> model = new HashMap<>();
        model.put("f", figures);
        model.put("svg", new DashboardCharts(figures, fmt, messages).svg());
        model.put("pdf", true);
        byte[] file = pdf.render("desk/dashboard-print", model, LocaleContextHolder.getLocale());
        return PdfDocuments.download(file, "bao-cao-ban-dai-dien-" + q + ".pdf");
    }

    private BoardFigures figures(String quarter, Model model) {
        BoardFigures figures = dashboard.figures(quarter(quarter), CurrentUser.scope());
        model.addAttribute("f", figures);
        return figures;
    }

    /** The quarter asked for; none: the last one ended; one that has not begun yet, or not a quarter: 400. */
    private Quarter quarter(String text) {
        LocalDate today = LocalDate.now(clock);
        if (text == null || text.isBlank()) {
            return Quarter.lastEndedBy(today);
        }
        Quarter quarter = Quarter.parse(text).orElseThrow(() -> new BadParameter("desk.error.quarter", text));
        if (quarter.firstDay().isAfter(today)) {
            throw new BadParameter("desk.error.quarter.future", quarter.label());
        }
        return quarter;
    }

    /** The current quarter and the eleven before it, newest first. */
    private List<Quarter> choices() {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.of(LocalDate.now(clock));
        for (int i = 0; i < 12; i++) {
            quarters.add(q);
            q = q.previous();
        }
        return quarters;
    }
}

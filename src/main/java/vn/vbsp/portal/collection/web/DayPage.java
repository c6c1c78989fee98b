package vn.vbsp.portal.collection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.collection.GroupSheet;
import vn.vbsp.portal.collection.LineProblem;
import vn.vbsp.portal.collection.SheetLine;
import vn.vbsp.portal.collection.domain.CollectionService;
import vn.vbsp.portal.collection.domain.DayBook;
import vn.vbsp.portal.collection.domain.DayRow;
import vn.vbsp.portal.collection.domain.Point;
import vn.vbsp.portal.loan.LoanCounter;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.user.UserScope;

/** Puts together what the day page shows: each group's sheet with its entry rows, the day's totals and corrections. */
@Component
class DayPage {

    /** A loan's row on a group's sheet: open for entry ({@code row} ≥ 1) or already posted. */
    record Row(int row, SheetLine line, LineForm form, DayBook.PostedLine posted, List<String> problems) {
    }

    /** One group's sheet on the page, with its form and its own refusals. */
    record Group(String key, GroupSheet sheet, List<Row> rows, List<DayBook.PostedLine> reversed, SheetForm form,
            List<String> problems) {

        public boolean open() {
            return rows.stream().anyMatch(r -> r.posted() == null);
        }
    }

    private final CollectionService desk;
    private final DayBook book;
    private final LoanCounter counter;
    private final MessageSource messages;

    DayPage(CollectionService desk, DayBook book, LoanCounter counter, MessageSource messages) {
        this.desk = desk;
        this.book = book;
        this.counter = counter;
        this.messages = messages;
    }

    static String key(Long groupId) {
        return groupId == null ? "direct" : groupId.toString();
    }

    /** Fills the model; {@code entered} is the group form sent back (null for none), with its refusals. */
    void fill(Model model, String communeCode, LocalDate date, UserScope scope, String enteredKey, SheetForm entered,
            List<LineProblem> problems, Locale locale) {
        Point point = desk.point(communeCode);
        DaySheets day = desk.sheets(communeCode, date, scope);
        DayRow row = desk.day(point, date).orElse(null);
        List<DayBook.PostedLine> lines = row == null ? List.of() : book.lines(row.id());
        Map<Long, DayBook.PostedLine> postedByLoan = new HashMap<>();
        lines.stream().filter(l -> !l.reversed()).forEach(l -> postedByLoan.put(l.loanId(), l));
        List<Group> groups = new ArrayList<>();
        for (GroupSheet sheet : day.groups()) {
            String key = key(sheet.groupId());
            boolean mine = key.equals(enteredKey);
            groups.add(group(key, sheet, postedByLoan, lines, mine ? entered : null, mine ? problems : List.of(),
                    locale));
        }
        model.addAttribute("day", day);
        model.addAttribute("point", point);
        model.addAttribute("dayRow", row);
        model.addAttribute("groups", groups);
        model.addAttribute("totals", row == null ? DayBook.Totals.NONE : book.totals(row.id()));
        model.addAttribute("byProgramme", row == null ? List.of() : book.byProgramme(row.id()));
        model.addAttribute("disbursed", row == null ? List.of() : book.disbursements(row.id()));
        model.addAttribute("reversals", row == null ? List.of() : book.reversals(row.id()));
        model.addAttribute("waiting", counter.waitingAt(point.communeId()));
        model.addAttribute("pointTotals", pointTotals(day));
        model.addAttribute("token", UUID.randomUUID().toString());
    }

    private Group group(String key, GroupSheet sheet, Map<Long, DayBook.PostedLine> posted,
            List<DayBook.PostedLine> all, SheetForm entered, List<LineProblem> problems, Locale locale) {
        Map<String, LineForm> typed = new HashMap<>();
        if (entered != null) {
            entered.getLines().stream().filter(l -> l.getLoanNo() != null).forEach(l -> typed.put(l.getLoanNo(), l));
        }
        Map<String, List<String>> byLoan = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (LineProblem p : problems) {
            String text = messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
            if (p.line() <= 0 || p.loanNo() == null) {
                general.add(text);
            } else {
                byLoan.computeIfAbsent(p.loanNo(), n -> new ArrayList<>()).add(text);
            }
        }
        List<Row> rows = new ArrayList<>();
        SheetForm form = new SheetForm();
        form.setReason(entered == null ? null : entered.getReason());
        int next = 1;
        for (SheetLine line : sheet.lines()) {
            DayBook.PostedLine done = posted.get(line.loanId());
            if (done != null) {
                rows.add(new Row(0, line, null, done, List.of()));
                continue;
            }
            LineForm lineForm = typed.getOrDefault(line.loanNo(), new LineForm());
            lineForm.setLoanNo(line.loanNo());
            if (entered != null && ("all".equals(entered.getFill()) || String.valueOf(next).equals(entered.getFill()))) {
                asDue(lineForm, line);
            }
            form.getLines().add(lineForm);
            rows.add(new Row(next, line, lineForm, null, byLoan.getOrDefault(line.loanNo(), List.of())));
            next++;
        }
        List<DayBook.PostedLine> reversed = all.stream()
                .filter(l -> l.reversed() && sheet.lines().stream().anyMatch(s -> s.loanId() == l.loanId())).toList();
        return new Group(key, sheet, rows, reversed, form, general);
    }

    /** Fills a line with what is due: interest, principal, and the expected deposit. */
    static void asDue(LineForm form, SheetLine line) {
        form.setInterest(text(line.interestDue()));
        form.setPrincipal(text(line.principalDue()));
        form.setDeposit(text(line.expectedDeposit()));
    }

    private static String text(Money amount) {
        return amount.isZero() ? "" : MoneyText.print(amount);
    }

    /** The point's totals over every group: outstanding, interest due, principal due, savings. */
    record PointTotals(Money outstanding, Money interestDue, Money principalDue, Money savings, int lines) {
    }

    private static PointTotals pointTotals(DaySheets day) {
        Money outstanding = Money.ZERO;
        Money interest = Money.ZERO;
        Money principal = Money.ZERO;
        Money savings = Money.ZERO;
        int lines = 0;
        for (GroupSheet g : day.groups()) {
            outstanding = outstanding.plus(g.totalOutstanding());
            interest = interest.plus(g.totalInterestDue());
            principal = principal.plus(g.totalPrincipalDue());
            savings = savings.plus(g.totalSavings());
            lines += g.lines().size();
        }
        return new PointTotals(outstanding, interest, principal, savings, lines);
    }
}

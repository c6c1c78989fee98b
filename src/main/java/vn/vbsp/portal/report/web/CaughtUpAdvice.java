package vn.vbsp.portal.report.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.loan.BookUpToDate;

/**
 * A report page for a day the loan book was not yet brought up to (missed nights not yet caught up) says so, and
 * since when, instead of showing stale figures as if they were right.
 */
@ControllerAdvice(assignableTypes = {PortfolioController.class, OverdueController.class})
class CaughtUpAdvice {

    /** The book's state for the page: null when the day's figures are up to date. */
    record NotCaughtUp(LocalDate day, LocalDate through) {
    }

    private final BookUpToDate book;
    private final Clock clock;

    CaughtUpAdvice(BookUpToDate book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @ModelAttribute("notCaughtUp")
    NotCaughtUp notCaughtUp(@RequestParam(required = false) String asOf) {
        LocalDate day;
        try {
            day = ReportParams.asOf(asOf, LocalDate.now(clock));
        } catch (BadReportRequest e) {
            return null;
        }
        return book.notCaughtUpFor(day) ? new NotCaughtUp(day, book.caughtUpThrough().orElse(null)) : null;
    }
}

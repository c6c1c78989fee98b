package vn.vbsp.portal.desk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.group.RatingProposalLine;
import vn.vbsp.portal.group.RatingProposals;
import vn.vbsp.portal.loan.WorkQueues;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.network.TransactionDay;
import vn.vbsp.portal.user.UserScope;

/**
 * The staff's and the director's work queues: applications by the step they wait at, what waits for the director
 * (maker-checker: loan approvals, risk decisions, the associations' rating proposals), checks of use due and late, loans newly overdue this week, and today's and the coming commune
 * transaction days with their sheets.
 */
@Service
public class StaffDesk {

    static final int DAYS_AHEAD = 14;

    /** A commune's transaction day with the commune's code, for the link to its sheets. */
    public record Day(TransactionDay day, String communeCode) {
    }

    public record View(LocalDate today, Map<String, Long> applications, long decisionsWaiting,
            List<RatingProposalLine> ratingProposals, List<WorkQueues.UseCheckDue> useChecks, long useChecksLate, List<WorkQueues.NewlyOverdue> newlyOverdue,
            LocalDate weekStart, List<Day> days) {
    }

    private final WorkQueues queues;
    private final TransactionCalendar calendar;
    private final CommuneDirectory communes;
    private final RatingProposals proposals;

    StaffDesk(WorkQueues queues, TransactionCalendar calendar, CommuneDirectory communes, RatingProposals proposals) {
        this.queues = queues;
        this.proposals = proposals;
        this.calendar = calendar;
        this.communes = communes;
    }

    public View view(LocalDate today, UserScope scope) {
        LocalDate weekStart = today.with(DayOfWeek.MONDAY);
        List<WorkQueues.UseCheckDue> checks = queues.useChecksDue(scope);
        Map<Long, String> codes = new HashMap<>();
        communes.all().forEach(c -> codes.put(c.id(), c.code()));
        List<Day> days = calendar.between(today, today.plusDays(DAYS_AHEAD)).stream()
                .map(d -> new Day(d, codes.get(d.communeId()))).toList();
        return new View(today, queues.applicationsWaiting(scope), queues.decisionsWaiting(scope),
                proposals.pending(scope), checks,
                checks.stream().filter(c -> c.lateOn(today)).count(), queues.newlyOverdue(weekStart, today, scope),
                weekStart, days);
    }
}

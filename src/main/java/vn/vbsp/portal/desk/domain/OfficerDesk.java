package vn.vbsp.portal.desk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.fee.EntrustmentFees;
import vn.vbsp.portal.fee.FeeStatement;
import vn.vbsp.portal.group.RatingProposalLine;
import vn.vbsp.portal.group.RatingProposals;
import vn.vbsp.portal.loan.WorkQueues;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.OverdueLine;
import vn.vbsp.portal.report.OverdueQuery;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.supervision.CommuneQuota;
import vn.vbsp.portal.supervision.GroupDue;
import vn.vbsp.portal.supervision.Supervision;
import vn.vbsp.portal.user.UserScope;

/**
 * An association officer's desk, strictly within their scope: their groups with members, outstanding, overdue and
 * rating, and the rating proposals waiting for the director; the overdue loans to chase, oldest first; the checks of use waiting; the groups to inspect this year and
 * what was done; last month's entrustment fee.
 */
@Service
public class OfficerDesk {

    /**
     * One of the officer's groups: the supervision list's members and inspections, the portfolio report's figures, the
     * latest rating and the officer's proposals still waiting for the director.
     */
    public record OfficerGroup(GroupDue group, long outstanding, long overdue, BigDecimal overdueRatio, String rating,
            Integer ratingYear, List<RatingProposalLine> pendingProposals) {
    }

    public record View(LocalDate today, List<OfficerGroup> groups, PortfolioRow total, List<OverdueLine> overdue,
            List<WorkQueues.UseCheckDue> useChecks, List<GroupDue> toInspect, List<CommuneQuota> districtQuotas,
            FeeStatement fee) {
    }

    private record Rating(long groupId, String rating, int year) {
    }

    private final PortfolioQuery portfolio;
    private final OverdueQuery overdue;
    private final WorkQueues queues;
    private final Supervision supervision;
    private final EntrustmentFees fees;
    private final RatingProposals proposals;
    private final JdbcClient jdbc;

    OfficerDesk(PortfolioQuery portfolio, OverdueQuery overdue, WorkQueues queues, Supervision supervision,
            EntrustmentFees fees, RatingProposals proposals, JdbcClient jdbc) {
        this.portfolio = portfolio;
        this.overdue = overdue;
        this.queues = queues;
        this.supervision = supervision;
        this.fees = fees;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    public View view(LocalDate today, UserScope scope) {
        if (scope.isWholeOffice()) {
            throw new IllegalArgumentException("The officer's desk needs an officer's scope");
        }
        var byGroup = portfolio.portfolio(today, Breakdown.GROUP, scope, ReportFilter.NONE);
        Map<String, PortfolioRow> figures = new HashMap<>();
        byGroup.rows().forEach(r -> figures.put(r.code(), r));
        Map<Long, Rating> ratings = new HashMap<>();
        jdbc.sql("""
                select distinct on (r.group_id) r.group_id, r.rating, r.year
                from group_rating r join savings_group g on g.id = r.group_id
                where g.association_id = :associationId
                order by r.group_id, r.year desc
                """).param("associationId", scope.associationId())
                .query(Rating.class).list().forEach(r -> ratings.put(r.groupId(), r));
        Map<Long, List<RatingProposalLine>> pending = new HashMap<>();
        proposals.pending(scope).forEach(p -> pending.computeIfAbsent(p.groupId(), k -> new ArrayList<>()).add(p));
        List<GroupDue> groups = supervision.groupsDue(today.getYear(), scope);
        List<OfficerGroup> rows = groups.stream()
                .sorted(java.util.Comparator.comparing(GroupDue::communeName).thenComparing(GroupDue::groupCode))
                .map(g -> {
                    PortfolioRow f = figures.get(g.groupCode());
                    Rating r = ratings.get(g.groupId());
                    return new OfficerGroup(g, f == null ? 0 : f.outstanding(), f == null ? 0 : f.overdue(),
                            f == null ? BigDecimal.ZERO.setScale(2) : f.overdueRatio(), r == null ? null : r.rating(),
                            r == null ? null : r.year(), pending.getOrDefault(g.groupId(), List.of()));
                }).toList();
        List<CommuneQuota> quotas = scope.communeId() == null
                ? supervision.districtQuotas(today.getYear(), scope.associationId()) : List.of();
        return new View(today, rows, byGroup.total(), overdue.lines(today, scope, ReportFilter.NONE, null),
                queues.useChecksDue(scope), groups.stream().filter(g -> !g.done()).toList(), quotas,
                fees.statement(YearMonth.from(today).minusMonths(1), scope));
    }
}

package vn.vbsp.portal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.loan.LedgerSql;
import vn.vbsp.portal.report.domain.LedgerReads;
import vn.vbsp.portal.report.domain.LoanConditions;
import vn.vbsp.portal.user.UserScope;

/**
 * Loans with overdue principal or unpaid interest at the end of a day, aged. The age comes from the ledger, first in
 * first out (see {@code LedgerSql.agedCte}): every decrease of overdue principal (a repayment, a freeze, a reversal)
 * pays off the oldest transfer still open, and every interest payment the oldest charge; what is left open dates the
 * loan. An imported loan's
 * opening balance counts as a transfer on the import's date, the earliest the portal knows of.
 */
@Service
public class OverdueQuery {

    private static final Comparator<OverdueLine> OLDEST_FIRST = Comparator.comparingLong(OverdueLine::days).reversed()
            .thenComparing(OverdueLine::loanNo);

    private final JdbcClient jdbc;
    private final LedgerReads reads;

    OverdueQuery(JdbcClient jdbc, LedgerReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** The lines on {@code asOf} (only {@code bucket}'s when it is set) and the totals per band on the three dates. */
    public OverdueReport overdue(LocalDate asOf, UserScope scope, ReportFilter filter, AgeingBucket bucket) {
        LocalDate yearStart = PortfolioComparison.yearStartFor(asOf);
        LocalDate yearAgo = asOf.minusYears(1);
        return reads.read(List.of(yearAgo, yearStart, asOf), () -> {
            List<OverdueLine> all = lines(asOf, scope, filter);
            List<OverdueLine> shown = bucket == null ? all : all.stream().filter(l -> l.bucket() == bucket).toList();
            return new OverdueReport(asOf, bucket, shown, OverdueSummary.of(asOf, all),
                    summary(yearStart, scope, filter), summary(yearAgo, scope, filter));
        });
    }

    /** Only the lines on {@code asOf}, oldest first. */
    public List<OverdueLine> lines(LocalDate asOf, UserScope scope, ReportFilter filter, AgeingBucket bucket) {
        return reads.read(List.of(asOf), () -> lines(asOf, scope, filter).stream()
                .filter(l -> bucket == null || l.bucket() == bucket).toList());
    }

    private List<OverdueLine> lines(LocalDate asOf, UserScope scope, ReportFilter filter) {
        LoanConditions where = LoanConditions.of("b", scope, filter);
        String sql = "with " + reads.agedAt(asOf) + """
                , late as (
                    select b.loan_id, b.outstanding, b.overdue, b.interest, b.overdue_since, b.interest_since
                    from aged b
                    where (b.overdue > 0 or b.interest > 0) %s
                )
                select l.id, l.loan_no, h.head_name, g.code as group_code, g.name as group_name,
                       a.code as association_code, a.name as association_name, c.code as commune_code,
                       c.name as commune_name, p.code as programme_code, p.name as programme_name,
                       late.outstanding, greatest(late.overdue, 0) as overdue, greatest(late.interest, 0) as interest,
                       late.overdue_since, late.interest_since
                from late
                join loan l on l.id = late.loan_id
                join household h on h.id = l.household_id
                join commune c on c.id = l.commune_id
                join programme p on p.id = l.programme_id
                left join association a on a.id = l.association_id
                left join savings_group g on g.id = l.group_id
                """.formatted(where.sql());
        List<OverdueLine> lines = new ArrayList<>();
        where.bind(jdbc.sql(sql))
                .query((ResultSet rs) -> {
                    OverdueLine line = line(rs, asOf);
                    if (line != null) {
                        lines.add(line);
                    }
                });
        lines.sort(OLDEST_FIRST);
        return lines;
    }

    /**
     * The totals per band on {@code asOf}, added up in the database: the same ages and bands as {@link OverdueLine} and
     * {@link AgeingBucket} (a transfer on the day counts 1 day, interest due the day before 1 day), without the lines.
     */
    private OverdueSummary summary(LocalDate asOf, UserScope scope, ReportFilter filter) {
        LoanConditions where = LoanConditions.of("b", scope, filter);
        StringBuilder band = new StringBuilder("case");
        for (AgeingBucket bucket : AgeingBucket.values()) {
            if (bucket.to() != null) {
                band.append(" when days <= ").append(bucket.to()).append(" then '").append(bucket.name()).append("'");
            }
        }
        band.append(" else '").append(AgeingBucket.OVER_360.name()).append("' end");
        String day = LedgerSql.literal(asOf);
        String sql = "with " + reads.agedAt(asOf) + """
                , late as (
                    select greatest(case when b.overdue > 0 and b.overdue_since is not null then %1$s - b.overdue_since + 1 else 0 end,
                                    case when b.interest > 0 and b.interest_since is not null then %1$s - b.interest_since else 0 end) as days,
                           greatest(b.overdue, 0) as overdue, greatest(b.interest, 0) as interest
                    from aged b
                    where (b.overdue > 0 or b.interest > 0) %2$s
                )
                select %3$s as bucket, count(*) as loans, sum(overdue)::bigint as overdue, sum(interest)::bigint as interest
                from late where days >= 1 group by 1
                """.formatted(day, where.sql(), band);
        Map<AgeingBucket, OverdueSummary.Total> totals = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            totals.put(bucket, new OverdueSummary.Total(0, 0, 0));
        }
        where.bind(jdbc.sql(sql)).query((ResultSet rs) -> {
            totals.put(AgeingBucket.valueOf(rs.getString("bucket")),
                    new OverdueSummary.Total(rs.getLong("loans"), rs.getLong("overdue"), rs.getLong("interest")));
        });
        OverdueSummary.Total all = totals.values().stream().reduce(new OverdueSummary.Total(0, 0, 0),
                (a, b) -> new OverdueSummary.Total(a.loans() + b.loans(), a.overdue() + b.overdue(), a.interest() + b.interest()));
        return new OverdueSummary(asOf, Collections.unmodifiableMap(totals), all);
    }

    /** The row as a line, or null when nothing in it is overdue yet (interest charged on the day itself). */
    private static OverdueLine line(ResultSet rs, LocalDate asOf) throws SQLException {
        long overdue = rs.getLong("overdue");
        long interest = rs.getLong("interest");
        LocalDate overdueSince = rs.getObject("overdue_since", LocalDate.class);
        LocalDate interestSince = rs.getObject("interest_since", LocalDate.class);
        long days = OverdueLine.daysOverdue(asOf, overdue, overdueSince, interest, interestSince);
        if (days < 1) {
            return null;
        }
        return new OverdueLine(rs.getLong("id"), rs.getString("loan_no"), rs.getString("head_name"),
                rs.getString("group_code"), rs.getString("group_name"), rs.getString("association_code"),
                rs.getString("association_name"), rs.getString("commune_code"), rs.getString("commune_name"),
                rs.getString("programme_code"), rs.getString("programme_name"), rs.getLong("outstanding"), overdue,
                interest, overdue > 0 ? overdueSince : null, interest > 0 ? interestSince : null, days,
                AgeingBucket.of(days));
    }
}

package vn.vbsp.portal.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.vbsp.portal.programme.InterestCharges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.Money;

/** What the programme screens show, read straight from the tables. */
@Service
public class ProgrammeQuery {

    /**
     * A programme with the rate in force on the day asked for and, when one is scheduled, the next rate.
     * {@code currentRate} is null only for a programme with no rate yet in force.
     */
    public record ProgrammeRow(int id, String code, String name, BigDecimal currentRate, LocalDate nextRateFrom,
            BigDecimal nextRate, BigDecimal overdueRatePct, Money ceiling, Integer maxTermMonths,
            List<PovertyCategory> eligibleCategories, boolean throughGroups, boolean active, long version) {
    }

    /** A line of a programme's rate history. */
    public record RateRow(LocalDate effectiveFrom, BigDecimal annualRate, String decision, String createdBy,
            OffsetDateTime createdAt) {
    }

    private static final String ROWS = """
            select p.id, p.code, p.name, p.overdue_rate_pct, p.ceiling, p.max_term_months, p.eligible_categories,
                   p.through_groups, p.active, p.version, cur.annual_rate as current_rate,
                   nxt.effective_from as next_rate_from, nxt.annual_rate as next_rate
            from programme p
            left join lateral (select annual_rate from programme_rate r
                               where r.programme_id = p.id and r.effective_from <= :day
                               order by r.effective_from desc limit 1) cur on true
            left join lateral (select effective_from, annual_rate from programme_rate r
                               where r.programme_id = p.id and r.effective_from > :day
                               order by r.effective_from limit 1) nxt on true
            """;

    private final JdbcClient jdbc;
    private final InterestCharges interestCharges;

    ProgrammeQuery(JdbcClient jdbc, InterestCharges interestCharges) {
        this.interestCharges = interestCharges;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeRow> all(LocalDate day) {
        return jdbc.sql(ROWS + " order by p.id").param("day", day).query(ProgrammeQuery::row).list();
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeRow> find(String code, LocalDate day) {
        return jdbc.sql(ROWS + " where p.code = :code").param("day", day).param("code", code)
                .query(ProgrammeQuery::row).optional();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<RateRow> history(int programmeId) {
        return jdbc.sql("""
                select effective_from, annual_rate, decision, created_by, created_at
                from programme_rate where programme_id = :id
                order by effective_from desc
                """)
                .param("id", programmeId).query(RateRow.class).list();
    }

    /**
     * The latest business date on which interest was charged to a loan of the programme: a rate taking effect on
     * or before it would contradict interest already posted.
     */
    public Optional<LocalDate> lastInterestCharged(int programmeId) {
        return interestCharges.lastCharged(programmeId);
    }

    private static ProgrammeRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long ceiling = rs.getLong("ceiling");
        Money ceilingAmount = rs.wasNull() ? null : Money.of(ceiling);
        return new ProgrammeRow(rs.getInt("id"), rs.getString("code"), rs.getString("name"),
                rs.getBigDecimal("current_rate"), rs.getObject("next_rate_from", LocalDate.class), rs.getBigDecimal("next_rate"),
                rs.getBigDecimal("overdue_rate_pct"), ceilingAmount, rs.getObject("max_term_months", Integer.class),
                List.copyOf(PovertyCategory.parseList(rs.getString("eligible_categories"))),
                rs.getBoolean("through_groups"), rs.getBoolean("active"), rs.getLong("version"));
    }
}

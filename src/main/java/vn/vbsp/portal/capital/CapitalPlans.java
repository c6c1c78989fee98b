package vn.vbsp.portal.capital;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;

/**
 * The capital plan as lending checks it: how much of a commune's yearly plan for a programme (summed over the
 * sources of capital) is left once this year's disbursements and the approvals waiting for payout are counted.
 */
@Service
public class CapitalPlans {

    private final JdbcClient jdbc;

    CapitalPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Headroom headroom(int year, long communeId, int programmeId) {
        return read(year, communeId, programmeId);
    }

    /**
     * The headroom, with the plan's rows locked until the caller's transaction ends, so that two approvals against
     * the same plan are weighed one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Headroom lockHeadroom(int year, long communeId, int programmeId) {
        jdbc.sql("""
                select id from capital_plan where year = :year and commune_id = :communeId and programme_id = :programmeId
                order by id for update
                """).param("year", year).param("communeId", communeId).param("programmeId", programmeId)
                .query(Long.class).list();
        return read(year, communeId, programmeId);
    }

    /** The year's plan summed by source of capital (every source, zero when it has no plan). */
    @Transactional(readOnly = true)
    public java.util.List<SourcePlan> bySource(int year) {
        return jdbc.sql("""
                select s.code, s.name, coalesce(sum(p.amount), 0) as amount
                from capital_source s left join capital_plan p on p.source_id = s.id and p.year = :year
                group by s.id, s.code, s.name order by s.id
                """).param("year", year)
                .query((rs, n) -> new SourcePlan(rs.getString("code"), rs.getString("name"), Money.of(rs.getLong("amount"))))
                .list();
    }

    private Headroom read(int year, long communeId, int programmeId) {
        return jdbc.sql("""
                select
                  (select coalesce(sum(amount), 0) from capital_plan
                   where year = :year and commune_id = :communeId and programme_id = :programmeId) as plan,
                  (select coalesce(sum(principal), 0) from loan
                   where commune_id = :communeId and programme_id = :programmeId and status <> 'CANCELLED'
                     and disbursed_on between :first and :last) as disbursed,
                  (select coalesce(sum(amount), 0) from loan_application
                   where commune_id = :communeId and programme_id = :programmeId and status = 'APPROVED'
                     and approved_on between :first and :last) as waiting
                """)
                .param("year", year).param("communeId", communeId).param("programmeId", programmeId)
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Headroom(year, communeId, programmeId, Money.of(rs.getLong("plan")),
                        Money.of(rs.getLong("disbursed")), Money.of(rs.getLong("waiting"))))
                .single();
    }
}

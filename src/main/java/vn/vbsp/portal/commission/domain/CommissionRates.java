package vn.vbsp.portal.commission.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;

/** The commission rates per programme, each holding from its date until the next one. */
@Service
public class CommissionRates {

    /** One rate as the settings page lists it. */
    public record Rate(long id, String programmeCode, String programmeName, LocalDate effectiveFrom, BigDecimal ratePct) {
    }

    /** A programme of the catalogue, for the form. */
    public record Programme(String code, String name) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CommissionRates(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Rate> all() {
        return jdbc.sql("""
                select r.id, p.code, p.name, r.effective_from, r.rate_pct
                from commission_rate r join programme p on p.id = r.programme_id
                order by p.code, r.effective_from desc
                """).query((rs, n) -> new Rate(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getBigDecimal(5))).list();
    }

    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return jdbc.sql("select code, name from programme order by code")
                .query((rs, n) -> new Programme(rs.getString(1), rs.getString(2))).list();
    }

    /** The rate of each programme (by id) in force on {@code day}; a programme with none is absent. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> on(LocalDate day) {
        Map<Long, TreeMap<LocalDate, BigDecimal>> byProgramme = new HashMap<>();
        jdbc.sql("select programme_id, effective_from, rate_pct from commission_rate where effective_from <= :day")
                .param("day", day)
                .query(rs -> {
                    byProgramme.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
                });
        Map<Long, BigDecimal> rates = new HashMap<>();
        byProgramme.forEach((programme, table) -> rates.put(programme, table.lastEntry().getValue()));
        return rates;
    }

    /**
     * Sets the programme's rate from {@code from} on (replacing a rate set for that same date), audited.
     * Refuses an unknown programme with an {@code IllegalArgumentException}.
     */
    @Transactional
    public void set(String programmeCode, LocalDate from, BigDecimal ratePct, String by) {
        Optional<Long> programme = jdbc.sql("select id from programme where code = :code").param("code", programmeCode)
                .query(Long.class).optional();
        if (programme.isEmpty()) {
            throw new IllegalArgumentException("no programme " + programmeCode);
        }
        Optional<BigDecimal> before = jdbc.sql("""
                select rate_pct from commission_rate where programme_id = :p and effective_from = :from
                """).param("p", programme.get()).param("from", from).query(BigDecimal.class).optional();
        jdbc.sql("""
                insert into commission_rate (programme_id, effective_from, rate_pct, created_by)
                values (:p, :from, :rate, :by)
                on conflict (programme_id, effective_from) do update set rate_pct = excluded.rate_pct,
                    created_by = excluded.created_by, created_at = now()
                """).param("p", programme.get()).param("from", from).param("rate", ratePct).param("by", by).update();
        audit.record("COMMISSION_RATE_SET", "commission_rate", programmeCode + "@" + from,
                before.map(rate -> Map.of("rate_pct", rate)).orElse(null), Map.of("rate_pct", ratePct));
    }
}

package vn.vbsp.portal.programme;

import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.shared.RateTable;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;

/**
 * The programme catalogue as other modules read it: each programme's terms, and its rates with their effective
 * dates. Rates are data that change by decree, so a loan's interest asks for the rate in force on each day.
 */
@Service
public class ProgrammeCatalogue {

    private static final String TERMS = """
            select id, code, name, ceiling, max_term_months, eligible_categories, overdue_rate_pct, through_groups, active
            from programme
            """;

    private final JdbcClient jdbc;

    ProgrammeCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every programme, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<ProgrammeTerms> all() {
        return jdbc.sql(TERMS + " order by id").query(ProgrammeCatalogue::terms).list();
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeTerms> find(String code) {
        return jdbc.sql(TERMS + " where code = :code").param("code", code).query(ProgrammeCatalogue::terms).optional();
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeTerms> find(int id) {
        return jdbc.sql(TERMS + " where id = :id").param("id", id).query(ProgrammeCatalogue::terms).optional();
    }

    /** All the programme's rates, past and scheduled; an unknown code is a caller's error. */
    @Transactional(readOnly = true)
    public RateTable ratesOf(String code) {
        List<RateTable.Rate> periods = jdbc.sql("""
                select r.effective_from, r.annual_rate
                from programme_rate r join programme p on p.id = r.programme_id
                where p.code = :code
                order by r.effective_from
                """)
                .param("code", code)
                .query((rs, n) -> new RateTable.Rate(rs.getObject("effective_from", LocalDate.class), rs.getBigDecimal("annual_rate")))
                .list();
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("No programme " + code + " or no rate for it");
        }
        return RateTable.of(periods);
    }

    /** The annual rate in percent in force on {@code date}: the latest rate whose effective date is on or before it. */
    @Transactional(readOnly = true)
    public BigDecimal rateOn(String code, LocalDate date) {
        return ratesOf(code).rateOn(date);
    }

    private static ProgrammeTerms terms(ResultSet rs, int row) throws SQLException {
        long ceiling = rs.getLong("ceiling");
        Money ceilingAmount = rs.wasNull() ? null : Money.of(ceiling);
        return new ProgrammeTerms(rs.getInt("id"), rs.getString("code"), rs.getString("name"), ceilingAmount,
                rs.getObject("max_term_months", Integer.class),
                PovertyCategory.parseList(rs.getString("eligible_categories")),
                rs.getBigDecimal("overdue_rate_pct"), rs.getBoolean("through_groups"), rs.getBoolean("active"));
    }
}

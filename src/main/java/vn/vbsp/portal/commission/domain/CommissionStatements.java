package vn.vbsp.portal.commission.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LoanFlows;
import vn.vbsp.portal.shared.Money;

/**
 * The month's commission statement: for each group, the interest its members' loans paid in the month per programme
 * ({@link LoanFlows}, reversals netted), the programme's rate in force on the month's last day, and the commission,
 * rounded half-up to the đồng on each line. Direct loans pay no commission and are not listed.
 */
@Service
public class CommissionStatements {

    /** One programme of one group in the month. */
    public record Line(String programmeCode, Money interest, BigDecimal ratePct, Money commission) {
    }

    /** One group's part of the statement. */
    public record Group(long groupId, String code, String name, String leader, String commune, List<Line> lines) {

        public Money interest() {
            return lines.stream().map(Line::interest).reduce(Money.ZERO, Money::plus);
        }

        public Money commission() {
            return lines.stream().map(Line::commission).reduce(Money.ZERO, Money::plus);
        }
    }

    /** The statement of a month. */
    public record Statement(YearMonth month, LocalDate from, LocalDate to, List<Group> groups) {

        public Money interest() {
            return groups.stream().map(Group::interest).reduce(Money.ZERO, Money::plus);
        }

        public Money commission() {
            return groups.stream().map(Group::commission).reduce(Money.ZERO, Money::plus);
        }
    }

    private record GroupFacts(String code, String name, String leader, String commune) {
    }

    private final LoanFlows flows;
    private final CommissionRates rates;
    private final JdbcClient jdbc;

    CommissionStatements(LoanFlows flows, CommissionRates rates, JdbcClient jdbc) {
        this.flows = flows;
        this.rates = rates;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Statement of(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, BigDecimal> rateOf = rates.on(to);
        Map<Long, String> programmes = new HashMap<>();
        jdbc.sql("select id, code from programme").query(rs -> {
            programmes.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        for (LoanFlows.KeyedFlow flow : flows.between(from, to, LoanFlows.By.GROUP, LoanFlows.By.PROGRAMME, null)) {
            Money interest = flow.flow().interestPaid();
            if (flow.key() == null || flow.subKey() == null || interest.dong() == 0) {
                continue;
            }
            BigDecimal rate = rateOf.getOrDefault(flow.subKey(), BigDecimal.ZERO);
            long commission = BigDecimal.valueOf(interest.dong()).multiply(rate)
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            lines.computeIfAbsent(flow.key(), k -> new ArrayList<>())
                    .add(new Line(programmes.get(flow.subKey()), interest, rate, Money.of(commission)));
        }
        if (lines.isEmpty()) {
            return new Statement(month, from, to, List.of());
        }
        Map<Long, GroupFacts> facts = new HashMap<>();
        jdbc.sql("""
                select g.id, g.code, g.name, h.head_name, c.name
                from savings_group g
                join village v on v.id = g.village_id
                join commune c on c.id = v.commune_id
                left join household h on h.id = g.leader_household_id
                where g.id in (:ids)
                """).param("ids", lines.keySet()).query(rs -> {
            facts.put(rs.getLong(1), new GroupFacts(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        });
        List<Group> groups = new ArrayList<>();
        lines.forEach((id, groupLines) -> {
            GroupFacts f = facts.get(id);
            groups.add(new Group(id, f.code(), f.name(), f.leader(), f.commune(), List.copyOf(groupLines)));
        });
        groups.sort((a, b) -> a.commune().equals(b.commune()) ? a.code().compareTo(b.code()) : a.commune().compareTo(b.commune()));
        return new Statement(month, from, to, List.copyOf(groups));
    }
}

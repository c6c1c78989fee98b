package vn.vbsp.portal.capital.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Money;

/** Sets a commune's yearly capital plan, line by line (programme × source); every change is audited. */
@Service
public class CapitalPlanService {

    /** One cell of the plan as the form sends it. */
    public record Line(int programmeId, int sourceId, Money amount) {
    }

    private final CapitalPlanRepository plans;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CapitalPlanService(CapitalPlanRepository plans, JdbcClient jdbc, AuditTrail audit) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Writes the lines given; a line that changes nothing is left alone, a new non-zero line is added. */
    @Transactional
    public int set(int year, long communeId, List<Line> lines) {
        if (year < 2000 || year > 2100) {
            throw new CapitalRuleException("capital.error.year");
        }
        boolean communeExists = jdbc.sql("select count(*) from commune where id = :id").param("id", communeId)
                .query(Long.class).single() > 0;
        if (!communeExists) {
            throw new CapitalNotFoundException(communeId);
        }
        Map<String, CapitalPlan> existing = new HashMap<>();
        for (CapitalPlan plan : plans.findByYearAndCommuneId(year, communeId)) {
            existing.put(plan.getProgrammeId() + ":" + plan.getSourceId(), plan);
        }
        int changed = 0;
        for (Line line : lines) {
            if (line.amount().isNegative()) {
                throw new CapitalRuleException("capital.error.negative");
            }
            CapitalPlan plan = existing.get(line.programmeId() + ":" + line.sourceId());
            if (plan == null) {
                if (line.amount().isZero()) {
                    continue;
                }
                plan = plans.save(new CapitalPlan(year, communeId, line.programmeId(), line.sourceId(), line.amount()));
                audit.record("CAPITAL_PLAN_SET", "capital_plan", plan.getId(), null, view(year, communeId, line, line.amount()));
                changed++;
            } else if (!plan.getAmount().equals(line.amount())) {
                Money before = plan.getAmount();
                plan.change(line.amount());
                audit.record("CAPITAL_PLAN_SET", "capital_plan", plan.getId(),
                        view(year, communeId, line, before), view(year, communeId, line, line.amount()));
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, Object> view(int year, long communeId, Line line, Money amount) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", year);
        view.put("communeId", communeId);
        view.put("programmeId", line.programmeId());
        view.put("sourceId", line.sourceId());
        view.put("amount", amount == null ? null : amount.dong());
        return view;
    }
}

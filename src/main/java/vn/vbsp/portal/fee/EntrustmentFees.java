package vn.vbsp.portal.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LoanFlows;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.report.Breakdown;
import vn.vbsp.portal.report.PastFigures;
import vn.vbsp.portal.report.PortfolioQuery;
import vn.vbsp.portal.report.PortfolioReport;
import vn.vbsp.portal.report.PortfolioRow;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.UserScope;

/**
 * A month's entrustment fee statement. For each organisation and commune: the principal outstanding at the month's
 * end of the loans that paid interest in the month (from the loan module), the organisation's overdue ratio in that
 * commune at the month's end (the portfolio report's), and the commune chapter's fee. The district and province
 * committees get their share of the fee on the organisation's whole base, cut by its overdue ratio across the
 * district. An officer sees their organisation only; a commune officer their commune's line only.
 */
@Service
@Transactional(readOnly = true)
public class EntrustmentFees {

    private final JdbcClient jdbc;
    private final LoanFlows flows;
    private final PortfolioQuery portfolio;
    private final AssociationDirectory associations;
    private final CommuneDirectory communes;
    private final PastFigures past;

    EntrustmentFees(JdbcClient jdbc, LoanFlows flows, PortfolioQuery portfolio, AssociationDirectory associations,
            CommuneDirectory communes, PastFigures past) {
        this.past = past;
        this.jdbc = jdbc;
        this.flows = flows;
        this.portfolio = portfolio;
        this.associations = associations;
        this.communes = communes;
    }

    /** The rule the settings hold now. */
    public FeeRule rule() {
        Map<String, BigDecimal> settings = new HashMap<>();
        jdbc.sql("select key, value from fee_setting").query(rs -> {
            settings.put(rs.getString("key"), rs.getBigDecimal("value"));
        });
        return new FeeRule(setting(settings, "fee.rate.monthly_pct"), setting(settings, "fee.full.below_overdue_pct"),
                setting(settings, "fee.80.below_overdue_pct"), setting(settings, "fee.50.below_overdue_pct"),
                setting(settings, "fee.share.commune_pct"), setting(settings, "fee.share.district_pct"),
                setting(settings, "fee.share.province_pct"));
    }

    public FeeStatement statement(YearMonth month, UserScope scope) {
        FeeRule rule = rule();
        LocalDate end = month.atEndOfMonth();
        Map<String, Money> base = past.of(List.of("fee base", month, scope.associationId() + ":" + scope.communeId()),
                List.of(end), () -> base(month, scope));
        Map<String, Long> communeIds = new HashMap<>();
        communes.all().forEach(c -> communeIds.put(c.code(), c.id()));
        PortfolioReport byAssociation = portfolio.portfolio(end, Breakdown.ASSOCIATION, scope);
        List<FeeLine> lines = new ArrayList<>();
        for (AssociationSummary association : associations.all()) {
            if (!scope.isWholeOffice() && scope.associationId() != association.id()) {
                continue;
            }
            Money total = Money.ZERO;
            PortfolioReport byCommune = portfolio.portfolio(end, Breakdown.COMMUNE, scope,
                    new ReportFilter(null, association.code(), null));
            for (PortfolioRow commune : byCommune.rows()) {
                Money communeBase = base.getOrDefault(association.id() + ":" + communeIds.get(commune.code()), Money.ZERO);
                total = total.plus(communeBase);
                lines.add(line(rule, association, FeeLevel.COMMUNE, commune.code(), commune.name(), communeBase,
                        commune.overdueRatio()));
            }
            PortfolioRow whole = byAssociation.rows().stream().filter(r -> r.code().equals(association.code()))
                    .findFirst().orElse(null);
            if (whole == null || scope.communeId() != null) {
                continue;
            }
            for (FeeLevel level : new FeeLevel[] {FeeLevel.DISTRICT, FeeLevel.PROVINCE}) {
                lines.add(line(rule, association, level, null, null, total, whole.overdueRatio()));
            }
        }
        return new FeeStatement(month, rule, List.copyOf(lines));
    }

    /** Per organisation and commune ("id:id"), the month-end outstanding of the loans that paid interest in the month. */
    private Map<String, Money> base(YearMonth month, UserScope scope) {
        Map<String, Money> base = new HashMap<>();
        for (LoanFlows.InterestPayer payer : flows.interestPayers(month.atDay(1), month.atEndOfMonth(), scope)) {
            base.merge(payer.associationId() + ":" + payer.communeId(), payer.outstanding(), Money::plus);
        }
        return Map.copyOf(base);
    }

    /** The fee of one organisation for a month, all the levels the scope covers together. */
    public Money totalFor(YearMonth month, UserScope scope) {
        return statement(month, scope).total();
    }

    private static FeeLine line(FeeRule rule, AssociationSummary association, FeeLevel level, String communeCode,
            String communeName, Money base, BigDecimal ratio) {
        return new FeeLine(association.code(), association.name(), level, communeCode, communeName, base, ratio,
                rule.feePercent(ratio), rule.fee(base, level, ratio));
    }

    private static BigDecimal setting(Map<String, BigDecimal> settings, String key) {
        BigDecimal value = settings.get(key);
        if (value == null) {
            throw new IllegalStateException("Fee setting " + key + " is missing");
        }
        return value;
    }
}

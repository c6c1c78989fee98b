package vn.vbsp.portal.programme.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Formats;

/**
 * Changing the catalogue: a programme's terms, and its rate by adding a rate with an effective date. A rate once
 * written is never changed, and a new one may not reach back over interest already charged.
 */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ProgrammeRateRepository rates;
    private final ProgrammeQuery query;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeRateRepository rates, ProgrammeQuery query,
            AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.rates = rates;
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void changeTerms(String code, long expectedVersion, ProgrammeChange change) {
        Programme programme = programmes.findByCode(code).orElseThrow(() -> new ProgrammeNotFoundException(code));
        if (programme.getVersion() != expectedVersion) {
            throw new ProgrammeRuleException(null, "programme.error.stale");
        }
        if (!ProgrammeRules.isValidOverdueRatePct(change.overdueRatePct())) {
            throw new ProgrammeRuleException("overdueRatePct", "programme.error.overdue-rate-format");
        }
        if (change.ceiling() != null && !change.ceiling().isPositive()) {
            throw new ProgrammeRuleException("ceiling", "programme.error.ceiling-format");
        }
        if (!ProgrammeRules.isValidTerm(change.maxTermMonths())) {
            throw new ProgrammeRuleException("maxTermMonths", "programme.error.term-format", ProgrammeRules.MAX_TERM_MONTHS);
        }
        if (change.eligibleCategories() == null || change.eligibleCategories().isEmpty()) {
            throw new ProgrammeRuleException("eligibleCategories", "programme.error.categories-required");
        }
        Map<String, Object> before = programme.auditView();
        programme.changeTerms(change);
        audit.record("PROGRAMME_UPDATED", "programme", programme.getId(), before, programme.auditView());
    }

    /**
     * Adds a rate in force from {@code effectiveFrom}. Refused when that date is before today, on or before the last
     * day interest was charged to a loan of the programme, or already has a rate.
     */
    @Transactional
    public long addRate(String code, LocalDate effectiveFrom, BigDecimal annualRate, String decision, String username) {
        Programme programme = programmes.lockByCode(code).orElseThrow(() -> new ProgrammeNotFoundException(code));
        if (!ProgrammeRules.isValidRate(annualRate)) {
            throw new ProgrammeRuleException("annualRate", "programme.error.rate-format");
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            throw new ProgrammeRuleException("effectiveFrom", "programme.error.rate-in-past", Formats.DATE.format(today));
        }
        Optional<LocalDate> charged = query.lastInterestCharged(programme.getId());
        if (charged.isPresent() && !effectiveFrom.isAfter(charged.get())) {
            throw new ProgrammeRuleException("effectiveFrom", "programme.error.rate-before-interest",
                    Formats.DATE.format(charged.get()));
        }
        if (rates.existsByProgrammeIdAndEffectiveFrom(programme.getId(), effectiveFrom)) {
            throw new ProgrammeRuleException("effectiveFrom", "programme.error.rate-date-taken", Formats.DATE.format(effectiveFrom));
        }
        String cleanDecision = decision == null || decision.isBlank() ? null : decision.strip();
        ProgrammeRate rate = rates.save(new ProgrammeRate(programme.getId(), effectiveFrom,
                annualRate.setScale(4), cleanDecision, username, clock.instant()));
        audit.record("PROGRAMME_RATE_ADDED", "programme_rate", rate.getId(), null, rate.auditView(programme.getCode()));
        return rate.getId();
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * Whether a household may borrow what it asks under a programme: its category is one the programme lends to, the
 * term and the interval fit, it is an active member of the group the programme lends through, and the amount keeps
 * it within the programme's ceiling together with its other loans still outstanding and applications still open.
 * Checked when the application is recorded and again when the director approves it.
 */
@Component
class ApplicationRules {

    /** What is being asked for. {@code applicationId} is null for a new application. */
    record Request(Borrowers.Household household, ProgrammeTerms programme, Long groupId, Money amount, int termMonths,
            int instalmentMonths, Long applicationId) {
    }

    private final Borrowers borrowers;
    private final LoanBalances balances;
    private final JdbcClient jdbc;
    private final Formats fmt;

    ApplicationRules(Borrowers borrowers, LoanBalances balances, JdbcClient jdbc, Formats fmt) {
        this.borrowers = borrowers;
        this.balances = balances;
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    void check(Request request, LocalDate asOf) {
        ProgrammeTerms programme = request.programme();
        if (!programme.active()) {
            throw LoanRuleException.at("programmeId", "loan.error.programme-inactive", programme.name());
        }
        PovertyCategory category = request.household().category();
        if (!programme.lendsTo(category)) {
            throw LoanRuleException.at("programmeId", "loan.error.category", LoanRuleException.label("loan.category." + category),
                    programme.name());
        }
        if (!request.amount().isPositive()) {
            throw LoanRuleException.at("amount", "loan.error.amount-positive");
        }
        if (programme.maxTermMonths() != null && request.termMonths() > programme.maxTermMonths()) {
            throw LoanRuleException.at("termMonths", "loan.error.term", request.termMonths(), programme.maxTermMonths(),
                    programme.name());
        }
        if (request.termMonths() < 1) {
            throw LoanRuleException.at("termMonths", "loan.error.term-positive");
        }
        if (!RepaymentSchedule.INTERVALS.contains(request.instalmentMonths())
                || request.instalmentMonths() > request.termMonths()) {
            throw LoanRuleException.at("instalmentMonths", "loan.error.interval");
        }
        checkGroup(request);
        checkCeiling(request, asOf);
    }

    private void checkGroup(Request request) {
        if (!request.programme().throughGroups()) {
            if (request.groupId() != null) {
                throw LoanRuleException.at("groupId", "loan.error.direct-programme", request.programme().name());
            }
            return;
        }
        if (request.groupId() == null) {
            throw LoanRuleException.at("groupId", "loan.error.group-required", request.programme().name());
        }
        boolean member = borrowers.activeGroups(request.household().id()).stream()
                .anyMatch(m -> m.groupId() == request.groupId());
        if (!member) {
            throw LoanRuleException.at("groupId", "loan.error.not-member");
        }
    }

    private void checkCeiling(Request request, LocalDate asOf) {
        Money ceiling = request.programme().ceiling();
        if (ceiling == null) {
            return;
        }
        long householdId = request.household().id();
        int programmeId = request.programme().id();
        List<Long> loans = jdbc.sql("""
                select id from loan where household_id = :householdId and programme_id = :programmeId and status = 'ACTIVE'
                """).param("householdId", householdId).param("programmeId", programmeId).query(Long.class).list();
        Money outstanding = balances.asOf(loans, asOf).values().stream().map(Balance::outstanding)
                .reduce(Money.ZERO, Money::plus);
        long open = jdbc.sql("""
                select coalesce(sum(amount), 0) from loan_application
                where household_id = :householdId and programme_id = :programmeId
                  and status in ('SUBMITTED', 'REVIEWED', 'CERTIFIED', 'APPROVED')
                  and (cast(:self as bigint) is null or id <> :self)
                """).param("householdId", householdId).param("programmeId", programmeId)
                .param("self", request.applicationId()).query(Long.class).single();
        Money used = outstanding.plus(Money.of(open));
        if (used.plus(request.amount()).compareTo(ceiling) > 0) {
            Money left = ceiling.minus(used).max(Money.ZERO);
            throw LoanRuleException.at("amount", "loan.error.ceiling", fmt.money(ceiling), fmt.money(outstanding),
                    fmt.money(open), fmt.money(left));
        }
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.capital.CapitalPlans;
import vn.vbsp.portal.capital.Headroom;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/**
 * The director's decision on a certified application. Maker-checker: whoever prepared the application cannot decide
 * on it (the database says so too). Approval weighs the application against the programme's rules again and against
 * what is left of the commune's capital plan for the year.
 */
@Service
public class ApprovalService {

    private final LoanApplicationRepository applications;
    private final Borrowers borrowers;
    private final ProgrammeCatalogue catalogue;
    private final ApplicationRules rules;
    private final CapitalPlans capital;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Formats fmt;

    ApprovalService(LoanApplicationRepository applications, Borrowers borrowers, ProgrammeCatalogue catalogue,
            ApplicationRules rules, CapitalPlans capital, Ledger ledger, JdbcClient jdbc, AuditTrail audit, Formats fmt) {
        this.applications = applications;
        this.borrowers = borrowers;
        this.catalogue = catalogue;
        this.rules = rules;
        this.capital = capital;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.fmt = fmt;
    }

    /** Approves the application on {@code approvedOn} (the decision's date, not in the future). */
    @Transactional
    public void approve(long applicationId, LocalDate approvedOn, String director) {
        LoanApplication application = lock(applicationId);
        checkChecker(application, director);
        if (application.getStatus() != ApplicationStatus.CERTIFIED) {
            throw new LoanRuleException("loan.error.not-certified",
                    LoanRuleException.label("loan.application.status." + application.getStatus()));
        }
        ledger.checkNotFuture(approvedOn);
        LocalDate certifiedOn = certifiedOn(applicationId);
        if (certifiedOn != null && approvedOn.isBefore(certifiedOn)) {
            throw LoanRuleException.at("businessDate", "loan.error.before-certification", fmt.date(approvedOn),
                    fmt.date(certifiedOn));
        }
        Borrowers.Household household = borrowers.household(application.getHouseholdId()).orElseThrow();
        ProgrammeTerms programme = catalogue.find(application.getProgrammeId()).orElseThrow();
        borrowers.lockHousehold(household.id());
        rules.check(new ApplicationRules.Request(household, programme, application.getGroupId(), application.getAmount(),
                application.getTermMonths(), application.getInstalmentMonths(), applicationId), ledger.today());
        Headroom headroom = capital.lockHeadroom(approvedOn.getYear(), application.getCommuneId(), programme.id());
        if (!headroom.covers(application.getAmount())) {
            throw new LoanRuleException("loan.error.capital", approvedOn.getYear(), programme.name(),
                    fmt.money(headroom.plan()), fmt.money(headroom.left().max(Money.ZERO)));
        }
        var before = application.auditView();
        application.approved(director, ledger.now(), approvedOn);
        audit.recordAs(director, "LOAN_APPLICATION_APPROVED", ApplicationService.ENTITY, applicationId, before,
                application.auditView());
    }

    /** Refuses the application, saying why; the director may do so at any step before approval. */
    @Transactional
    public void reject(long applicationId, String reason, String director) {
        LoanApplication application = lock(applicationId);
        checkChecker(application, director);
        ApplicationStatus status = application.getStatus();
        if (!status.isOpen() || status == ApplicationStatus.APPROVED) {
            throw new LoanRuleException("loan.error.not-open", LoanRuleException.label("loan.application.status." + status));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw LoanRuleException.at("reason", "loan.error.reason-required");
        }
        var before = application.auditView();
        application.rejected(director, ledger.now(), why);
        audit.recordAs(director, "LOAN_APPLICATION_REJECTED", ApplicationService.ENTITY, applicationId, before,
                application.auditView());
    }

    private LoanApplication lock(long applicationId) {
        return applications.lock(applicationId)
                .orElseThrow(() -> new LoanNotFoundException(ApplicationService.ENTITY, applicationId));
    }

    private static void checkChecker(LoanApplication application, String director) {
        if (application.getPreparedBy().equals(director)) {
            throw new LoanRuleException("loan.error.maker-checker");
        }
    }

    private LocalDate certifiedOn(long applicationId) {
        return jdbc.sql("""
                select max(c.certified_on) from commune_certification c
                join commune_certification_item i on i.certification_id = c.id where i.application_id = :id
                """).param("id", applicationId).query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}

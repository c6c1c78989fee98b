package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.Formats;
import vn.vbsp.portal.shared.Money;

/** Recording a household's application (01/TD) and withdrawing it at the household's request. */
@Service
public class ApplicationService {

    /** What staff type in from form 01/TD; {@code submissionKey} is the form's one-time token. */
    public record NewApplication(long householdId, Long groupId, int programmeId, Money amount, int termMonths,
            int instalmentMonths, String purpose, LocalDate appliedOn, String submissionKey) {
    }

    static final String ENTITY = "loan_application";

    private final LoanApplicationRepository applications;
    private final Borrowers borrowers;
    private final ProgrammeCatalogue catalogue;
    private final ApplicationRules rules;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Formats fmt;

    ApplicationService(LoanApplicationRepository applications, Borrowers borrowers, ProgrammeCatalogue catalogue,
            ApplicationRules rules, Ledger ledger, AuditTrail audit, Formats fmt) {
        this.applications = applications;
        this.borrowers = borrowers;
        this.catalogue = catalogue;
        this.rules = rules;
        this.ledger = ledger;
        this.audit = audit;
        this.fmt = fmt;
    }

    /** Records the application and answers its id; the same form sent twice answers the first one's id. */
    @Transactional
    public long apply(NewApplication request, String by) {
        if (request.submissionKey() != null) {
            Optional<LoanApplication> sent = applications.findBySubmissionKey(request.submissionKey());
            if (sent.isPresent()) {
                return sent.get().getId();
            }
        }
        Borrowers.Household household = borrowers.household(request.householdId())
                .orElseThrow(() -> new LoanNotFoundException("household", request.householdId()));
        ProgrammeTerms programme = catalogue.find(request.programmeId())
                .orElseThrow(() -> LoanRuleException.at("programmeId", "loan.error.programme-required"));
        String purpose = request.purpose() == null ? "" : request.purpose().strip();
        if (purpose.isEmpty()) {
            throw LoanRuleException.at("purpose", "loan.error.purpose-required");
        }
        if (request.appliedOn() == null || request.appliedOn().isAfter(ledger.today())) {
            throw LoanRuleException.at("appliedOn", "loan.error.applied-on", fmt.date(request.appliedOn()));
        }
        borrowers.lockHousehold(household.id());
        rules.check(new ApplicationRules.Request(household, programme, request.groupId(), request.amount(),
                request.termMonths(), request.instalmentMonths(), null), ledger.today());
        LoanApplication application = applications.saveAndFlush(new LoanApplication(household.id(), request.groupId(),
                programme.id(), household.communeId(), request.amount(), request.termMonths(), request.instalmentMonths(),
                purpose, request.appliedOn(), by, request.submissionKey()));
        audit.recordAs(by, "LOAN_APPLICATION_CREATED", ENTITY, application.getId(), null, application.auditView());
        return application.getId();
    }

    /** The household no longer wants the loan: any application not yet paid out may be withdrawn. */
    @Transactional
    public void withdraw(long applicationId, String by) {
        LoanApplication application = applications.lock(applicationId)
                .orElseThrow(() -> new LoanNotFoundException(ENTITY, applicationId));
        if (!application.getStatus().isOpen()) {
            throw new LoanRuleException("loan.error.not-open",
                    LoanRuleException.label("loan.application.status." + application.getStatus()));
        }
        var before = application.auditView();
        application.withdrawn();
        audit.recordAs(by, "LOAN_APPLICATION_WITHDRAWN", ENTITY, applicationId, before, application.auditView());
    }
}

package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.shared.Formats;

/**
 * The two steps between an application and the director: the group's review meeting (10/TD), where members agree or
 * refuse each application openly, and the commune People's Committee's certification (03/TD) of the list agreed.
 */
@Service
public class ReviewService {

    /** The meeting's word on one application. */
    public record Verdict(long applicationId, boolean agreed, String note) {
    }

    private final LoanApplicationRepository applications;
    private final GroupReviewRepository reviews;
    private final CommuneCertificationRepository certifications;
    private final Borrowers borrowers;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Formats fmt;

    ReviewService(LoanApplicationRepository applications, GroupReviewRepository reviews,
            CommuneCertificationRepository certifications, Borrowers borrowers, Ledger ledger, AuditTrail audit, Formats fmt) {
        this.applications = applications;
        this.reviews = reviews;
        this.certifications = certifications;
        this.borrowers = borrowers;
        this.ledger = ledger;
        this.audit = audit;
        this.fmt = fmt;
    }

    /**
     * Records the group's meeting: each application it spoke of must be a submitted application of this group; an
     * agreed one goes on to the commune, a refused one is closed with the meeting's note.
     */
    @Transactional
    public long recordReview(long groupId, LocalDate heldOn, String attendees, List<Verdict> verdicts, String by) {
        Borrowers.Group group = borrowers.group(groupId).orElseThrow(() -> new LoanNotFoundException("group", groupId));
        checkDay(heldOn, "heldOn");
        String who = attendees == null ? "" : attendees.strip();
        if (who.isEmpty()) {
            throw LoanRuleException.at("attendees", "loan.error.attendees-required");
        }
        if (verdicts.isEmpty()) {
            throw new LoanRuleException("loan.error.nothing-chosen");
        }
        Map<Long, LoanApplication> locked = lock(verdicts.stream().map(Verdict::applicationId).toList());
        List<GroupReview.Item> items = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            LoanApplication application = locked.get(verdict.applicationId());
            if (application.getGroupId() == null || application.getGroupId() != group.id()
                    || application.getStatus() != ApplicationStatus.SUBMITTED) {
                throw new LoanRuleException("loan.error.review-not-submitted", application.getId());
            }
            checkNotBefore(heldOn, application.getAppliedOn(), "heldOn");
            String note = verdict.note() == null || verdict.note().isBlank() ? null : verdict.note().strip();
            if (!verdict.agreed() && note == null) {
                throw new LoanRuleException("loan.error.refusal-note", application.getId());
            }
            var before = application.auditView();
            application.reviewed(verdict.agreed(), verdict.agreed() ? null : "Tổ TK&VV không đồng ý: " + note);
            audit.recordAs(by, verdict.agreed() ? "LOAN_APPLICATION_REVIEWED" : "LOAN_APPLICATION_REFUSED_BY_GROUP",
                    ApplicationService.ENTITY, application.getId(), before, application.auditView());
            items.add(new GroupReview.Item(application.getId(),
                    verdict.agreed() ? GroupReview.Verdict.AGREED : GroupReview.Verdict.REFUSED, note));
        }
        GroupReview review = reviews.save(new GroupReview(groupId, heldOn, who, by, items));
        audit.recordAs(by, "GROUP_REVIEW_RECORDED", "group_review", review.getId(), null,
                Map.of("groupId", groupId, "heldOn", heldOn.toString(), "applications", verdicts.size()));
        return review.getId();
    }

    /**
     * Records the commune's certification of a list: each application must be of this commune and agreed by its
     * group (or, for a programme lent directly, submitted).
     */
    @Transactional
    public long certify(long communeId, LocalDate certifiedOn, String reference, List<Long> applicationIds, String by) {
        checkDay(certifiedOn, "certifiedOn");
        if (applicationIds.isEmpty()) {
            throw new LoanRuleException("loan.error.nothing-chosen");
        }
        Map<Long, LoanApplication> locked = lock(applicationIds);
        for (LoanApplication application : locked.values()) {
            boolean ready = application.getStatus() == ApplicationStatus.REVIEWED
                    || (application.getGroupId() == null && application.getStatus() == ApplicationStatus.SUBMITTED);
            if (application.getCommuneId() != communeId || !ready) {
                throw new LoanRuleException("loan.error.certify-not-reviewed", application.getId());
            }
            checkNotBefore(certifiedOn, application.getAppliedOn(), "certifiedOn");
            var before = application.auditView();
            application.certified();
            audit.recordAs(by, "LOAN_APPLICATION_CERTIFIED", ApplicationService.ENTITY, application.getId(), before,
                    application.auditView());
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        CommuneCertification certification = certifications.save(
                new CommuneCertification(communeId, certifiedOn, ref, by, List.copyOf(locked.keySet())));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("communeId", communeId);
        view.put("certifiedOn", certifiedOn.toString());
        view.put("reference", ref);
        view.put("applications", List.copyOf(locked.keySet()));
        audit.recordAs(by, "COMMUNE_CERTIFICATION_RECORDED", "commune_certification", certification.getId(), null, view);
        return certification.getId();
    }

    private Map<Long, LoanApplication> lock(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<LoanApplication> found = applications.lockAll(distinct);
        if (found.size() != distinct.size()) {
            throw new LoanNotFoundException(ApplicationService.ENTITY, distinct);
        }
        Map<Long, LoanApplication> byId = new LinkedHashMap<>();
        found.forEach(a -> byId.put(a.getId(), a));
        return byId;
    }

    private void checkDay(LocalDate day, String field) {
        if (day == null) {
            throw new LoanRuleException(field, "loan.error.date-required");
        }
        if (day.isAfter(ledger.today())) {
            throw new LoanRuleException(field, "loan.error.future-date", fmt.date(day));
        }
    }

    private void checkNotBefore(LocalDate day, LocalDate appliedOn, String field) {
        if (day.isBefore(appliedOn)) {
            throw new LoanRuleException(field, "loan.error.before-application", fmt.date(day), fmt.date(appliedOn));
        }
    }
}

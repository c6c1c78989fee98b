package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;

/** Takes an application through the office's steps with the services, as staff and the director would. */
public final class Lending {

    public static final String STAFF = "test-staff";
    static final String DIRECTOR = "test-director";

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ApprovalService approvals;
    private final DisbursementService disbursements;
    private final LendingFixtures fixtures;
    private final JdbcClient jdbc;

    public Lending(ApplicationService applications, ReviewService reviews, ApprovalService approvals,
            DisbursementService disbursements, JdbcClient jdbc) {
        this.applications = applications;
        this.reviews = reviews;
        this.approvals = approvals;
        this.disbursements = disbursements;
        this.fixtures = new LendingFixtures(jdbc);
        this.jdbc = jdbc;
    }

    long apply(LendingFixtures.Office office, long household, String programme, long amount, int term, int interval,
            LocalDate on) {
        return applications.apply(new ApplicationService.NewApplication(household, office.groupId(),
                fixtures.programme(programme), Money.of(amount), term, interval, "Chăn nuôi bò sinh sản", on,
                UUID.randomUUID().toString()), STAFF);
    }

    /** Reviewed by the group and certified by the commune on the day after the application. */
    void reviewAndCertify(LendingFixtures.Office office, long applicationId, LocalDate appliedOn) {
        reviews.recordReview(office.groupId(), appliedOn.plusDays(1), "Tổ trưởng, trưởng thôn, cán bộ Hội",
                List.of(new ReviewService.Verdict(applicationId, true, null)), STAFF);
        reviews.certify(office.communeId(), appliedOn.plusDays(2), "UBND-" + applicationId, List.of(applicationId), STAFF);
    }

    /** Applied on {@code on}, reviewed, certified and approved within three days. */
    public long approved(LendingFixtures.Office office, long household, String programme, long amount, int term, int interval,
            LocalDate on) {
        long id = apply(office, household, programme, amount, term, interval, on);
        reviewAndCertify(office, id, on);
        approvals.approve(id, on.plusDays(3), DIRECTOR);
        assertThat(status(id)).isEqualTo("APPROVED");
        return id;
    }

    public long disbursed(LendingFixtures.Office office, long household, String programme, long amount, int term, int interval,
            LocalDate appliedOn, LocalDate disbursedOn) {
        fixtures.capitalPlan(office, programme, appliedOn.plusDays(3).getYear(), 1_000_000_000L);
        long id = approved(office, household, programme, amount, term, interval, appliedOn);
        return disbursements.disburse(id, disbursedOn, true, UUID.randomUUID().toString(), STAFF);
    }

    String status(long applicationId) {
        return jdbc.sql("select status from loan_application where id = :id").param("id", applicationId)
                .query(String.class).single();
    }
}

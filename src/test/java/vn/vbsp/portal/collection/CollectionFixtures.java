package vn.vbsp.portal.collection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.LendingFixtures;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;

/**
 * The collection tests' own commune: a point whose fixed day is today, a group under the Farmers' Association and
 * households with loans disbursed long enough ago that instalments and interest fall due today.
 */
final class CollectionFixtures {

    static final String STAFF = "test-staff";
    static final String DIRECTOR = "test-director";
    static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A commune of the tests with its code, group and the loans of its members. */
    record Commune(LendingFixtures.Office office, String code, List<Long> households, List<Long> loans,
            List<String> loanNos) {

        long groupId() {
            return office.groupId();
        }
    }

    private final JdbcClient jdbc;
    private final LendingFixtures fixtures;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ApprovalService approvals;
    private final DisbursementService disbursements;

    CollectionFixtures(JdbcClient jdbc, ApplicationService applications, ReviewService reviews,
            ApprovalService approvals, DisbursementService disbursements) {
        this.jdbc = jdbc;
        this.fixtures = new LendingFixtures(jdbc);
        this.applications = applications;
        this.reviews = reviews;
        this.approvals = approvals;
        this.disbursements = disbursements;
    }

    static LocalDate today() {
        return LocalDate.now(OFFICE);
    }

    /**
     * A commune whose point day is today's day of the month, with {@code members} households each holding one loan
     * of 20,000,000 ₫ (HN, 36 months, instalments every 3 months) disbursed on the point day 9 months ago.
     */
    Commune commune(int members) {
        LocalDate today = today();
        int pointDay = today.getDayOfMonth();
        LendingFixtures.Office office = fixtures.office("HND", pointDay);
        String code = jdbc.sql("select code from commune where id = :id").param("id", office.communeId())
                .query(String.class).single();
        LocalDate disbursedOn = today.minusMonths(9);
        LocalDate appliedOn = disbursedOn.minusDays(10);
        fixtures.capitalPlan(office, "HN", appliedOn.plusDays(3).getYear(), 10_000_000_000L);
        List<Long> households = new java.util.ArrayList<>();
        List<Long> loans = new java.util.ArrayList<>();
        for (int i = 0; i < members; i++) {
            long household = fixtures.member(office, "NGHEO");
            households.add(household);
            loans.add(loan(office, household, 20_000_000, appliedOn, disbursedOn));
        }
        List<String> numbers = loans.stream().map(this::loanNo).toList();
        return new Commune(office, code, households, loans, numbers);
    }

    long loan(LendingFixtures.Office office, long household, long amount, LocalDate appliedOn, LocalDate disbursedOn) {
        long id = applications.apply(new ApplicationService.NewApplication(household, office.groupId(),
                fixtures.programme("HN"), Money.of(amount), 36, 3, "Chăn nuôi bò sinh sản", appliedOn,
                UUID.randomUUID().toString()), STAFF);
        reviews.recordReview(office.groupId(), appliedOn.plusDays(1), "Tổ trưởng, trưởng thôn, cán bộ Hội",
                List.of(new ReviewService.Verdict(id, true, null)), STAFF);
        reviews.certify(office.communeId(), appliedOn.plusDays(2), "UBND-" + id, List.of(id), STAFF);
        approvals.approve(id, appliedOn.plusDays(3), DIRECTOR);
        return disbursements.disburse(id, disbursedOn, true, UUID.randomUUID().toString(), STAFF);
    }

    String loanNo(long loanId) {
        return jdbc.sql("select loan_no from loan where id = :id").param("id", loanId).query(String.class).single();
    }

    /** The loans of the commune whose ledger breaks an invariant on some day (none, always). */
    long broken(List<Long> loanIds) {
        return jdbc.sql("""
                with moves as (
                    select t.loan_id, t.business_date, t.d_outstanding, t.d_overdue, t.d_frozen, t.d_interest,
                           case coalesce(o.kind, t.kind) when 'DISBURSEMENT' then 1 when 'PRINCIPAL_REPAYMENT' then -1
                                when 'WRITE_OFF' then -1 else 0 end * t.amount
                               * (case when t.kind = 'REVERSAL' then -1 else 1 end) as d_principal
                    from loan_txn t left join loan_txn o on o.id = t.reverses_id
                    where t.loan_id in (:ids)),
                daily as (
                    select loan_id, business_date, sum(d_outstanding) o, sum(d_overdue) v, sum(d_frozen) f,
                           sum(d_interest) i, sum(d_principal) p
                    from moves group by loan_id, business_date),
                running as (
                    select loan_id, sum(o) over w outstanding, sum(v) over w overdue, sum(f) over w frozen,
                           sum(i) over w interest, sum(p) over w principal
                    from daily window w as (partition by loan_id order by business_date))
                select count(*) from running
                where not (outstanding = principal and overdue >= 0 and frozen >= 0
                           and overdue + frozen <= outstanding and interest >= 0)
                """).param("ids", loanIds).query(Long.class).single();
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }
}

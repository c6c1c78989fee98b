package vn.vbsp.portal.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.Lending;
import vn.vbsp.portal.loan.LendingFixtures;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.load.Latencies;
import vn.vbsp.portal.support.load.LoadRun;
import vn.vbsp.portal.support.load.PostingMix;
import vn.vbsp.portal.support.load.Teller;

/**
 * Many tellers at once over real HTTP, each signed in on a session of their own: principal and interest on the same
 * few loans, disbursements of the same approved applications, and the collection sheets of communes of their own
 * (downloaded, filled in with what is due, uploaded; each file by two tellers), for {@code -Dvbsp.load.seconds} (10 s
 * here; the benchmark runs it for minutes). Then what each was told is counted against the ledger, sheet lines too,
 * and every invariant checked.
 */
@PortalTest
class LoadTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    @Test
    void tellersPostingAtOnceLoseNothingAndDoubleNothing() throws Exception {
        Lending lending = new Lending(applications, reviews, approvals, disbursements, jdbc);
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 10);
        fixtures.capitalPlan(office, "HN", TODAY.getYear(), 5_000_000_000L);
        List<Long> loans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            loans.add(lending.disbursed(office, fixtures.member(office, "NGHEO"), "HN", 50_000_000, 60, 12,
                    TODAY.minusMonths(3), TODAY.minusMonths(3).plusDays(5)));
        }
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            approved.add(lending.approved(office, fixtures.member(office, "NGHEO"), "HN", 20_000_000, 36, 12,
                    TODAY.minusDays(4)));
        }
        // the sheets' communes: their point's day is today, their loans owe an instalment and interest, and no one
        // repays them one by one
        List<PostingMix.SheetSlot> sheets = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            LendingFixtures.Office point = fixtures.office("HND", TODAY.getDayOfMonth());
            for (int i = 0; i < 4; i++) {
                lending.disbursed(point, fixtures.member(point, "NGHEO"), "HN", 20_000_000, 36, 3, TODAY.minusMonths(9)
                        .minusDays(10), TODAY.minusMonths(9));
            }
            sheets.add(new PostingMix.SheetSlot(code("commune", point.communeId()), TODAY,
                    code("savings_group", point.groupId()), null));
        }
        int users = Integer.getInteger("vbsp.load.users", 8);
        Latencies latencies = new Latencies();
        PostingMix mix = new PostingMix(loans, approved, sheets, latencies);
        List<Teller> tellers = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            tellers.add(mix.teller(new PortalClient("http://localhost:" + port).login("canbo", "demo")));
        }

        LoadRun.Result run = LoadRun.run(users, Duration.ofSeconds(Long.getLong("vbsp.load.seconds", 10)),
                u -> n -> mix.step(tellers.get(u)));

        String outcome = mix.check(jdbc);
        System.out.printf("[load] %d tellers for %d s, %d steps, %d errors: %s%n%s", users, run.wall().toSeconds(), run.steps(),
                run.errors(), outcome, Latencies.table(latencies.figures(run.wall())));
        org.assertj.core.api.Assertions.assertThat(run.errors()).isZero();
        org.assertj.core.api.Assertions.assertThat(mix.told().posted).hasSizeGreaterThan(users);
        org.assertj.core.api.Assertions.assertThat(mix.told().sheets).as("sheets uploaded")
                .extracting(Teller.SheetAnswer::answer).contains(Teller.Answer.POSTED)
                .as("a sheet filled in with what is due, on loans no one else pays, is not refused")
                .doesNotContain(Teller.Answer.REFUSED);
    }

    private String code(String table, long id) {
        return jdbc.sql("select code from " + table + " where id = :id").param("id", id).query(String.class).single();
    }
}

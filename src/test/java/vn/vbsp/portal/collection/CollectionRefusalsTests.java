package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** A wrong line refuses the whole batch with the line named and nothing posted; a batch posts once. */
@PortalTest
class CollectionRefusalsTests {

    @Autowired CollectionDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    CollectionFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        today = CollectionFixtures.today();
    }

    private List<SheetLine> lines(CollectionFixtures.Commune commune) {
        return desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow()
                .lines();
    }

    private static LinePayment asDue(int row, SheetLine line) {
        return new LinePayment(row, line.loanNo(), line.interestDue(), line.principalDue(), null, null, false, null);
    }

    private long ledgerRows(CollectionFixtures.Commune commune) {
        return jdbc.sql("select count(*) from loan_txn where loan_id in (:ids)").param("ids", commune.loans())
                .query(Long.class).single();
    }

    private SheetRefused refused(DayEntry entry) {
        return catchThrowableOfType(SheetRefused.class, () -> desk.post(entry, CollectionFixtures.STAFF));
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsPosted() {
        CollectionFixtures.Commune commune = fixtures.commune(6);
        CollectionFixtures.Commune other = fixtures.commune(1);
        List<SheetLine> due = lines(commune);
        long rowsBefore = ledgerRows(commune);
        jdbc.sql("update group_member set left_on = :d where household_id = :h")
                .param("d", today.minusDays(1)).param("h", due.get(5).householdId()).update();

        List<LinePayment> batch = List.of(
                asDue(2, due.get(0)),
                new LinePayment(3, due.get(1).loanNo(), due.get(1).interestDue().plus(Money.of(1)), null, null, null, false, null),
                new LinePayment(4, due.get(2).loanNo(), null, due.get(2).principalDue().plus(Money.of(1_000)), null, null, false, null),
                new LinePayment(5, due.get(3).loanNo(), null, null, null, Money.of(10_000), false, null),
                new LinePayment(6, other.loanNos().get(0), Money.of(1_000), null, null, null, false, null),
                new LinePayment(7, "PGD-0000-NOTHING", Money.of(1_000), null, null, null, false, null),
                new LinePayment(8, due.get(4).loanNo(), Money.of(-5), null, null, null, false, null),
                new LinePayment(9, due.get(5).loanNo(), Money.of(1_000), null, null, null, false, null),
                new LinePayment(10, due.get(0).loanNo(), null, null, null, null, false, null));

        SheetRefused e = refused(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(), batch));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "collection.error.interest-above-due"),
                org.assertj.core.groups.Tuple.tuple(4, "collection.error.principal-above-due"),
                org.assertj.core.groups.Tuple.tuple(5, "collection.error.withdrawal-above-balance"),
                org.assertj.core.groups.Tuple.tuple(6, "collection.error.other-commune"),
                org.assertj.core.groups.Tuple.tuple(7, "collection.error.unknown-loan"),
                org.assertj.core.groups.Tuple.tuple(8, "collection.error.negative"),
                org.assertj.core.groups.Tuple.tuple(9, "collection.error.left-group"));
        assertThat(ledgerRows(commune)).isEqualTo(rowsBefore);
        assertThat(jdbc.sql("select count(*) from collection_line where loan_id in (:ids)")
                .param("ids", commune.loans()).query(Long.class).single()).isZero();

        // an early repayment may go beyond what is due, up to the outstanding
        PostingOutcome early = desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(),
                List.of(new LinePayment(1, due.get(2).loanNo(), null, due.get(2).principalDue().plus(Money.of(1_000)),
                        null, null, true, "Trả trước một phần"))), CollectionFixtures.STAFF);
        assertThat(early.linesPosted()).isEqualTo(1);
    }

    @Test
    void aFutureDateAMakeUpDayWithoutReasonAndAClosedDayAreRefused() {
        CollectionFixtures.Commune commune = fixtures.commune(1);
        List<LinePayment> one = List.of(asDue(1, lines(commune).get(0)));

        assertThat(refused(new DayEntry(commune.code(), today.plusDays(1), "Bù", "f-" + UUID.randomUUID(), one))
                .problems()).extracting(LineProblem::messageKey).containsExactly("collection.error.future-date");
        assertThat(refused(new DayEntry(commune.code(), today.minusDays(1), null, "m-" + UUID.randomUUID(), one))
                .problems()).extracting(LineProblem::messageKey).containsExactly("collection.error.reason-required");

        long point = jdbc.sql("select id from transaction_point where commune_id = :c")
                .param("c", commune.office().communeId()).query(Long.class).single();
        jdbc.sql("""
                insert into transaction_day (point_id, held_on, status, closed_by, closed_at, counted_cash)
                values (:p, :d, 'CLOSED', 'test-director', now(), 0)
                """).param("p", point).param("d", today).update();
        assertThat(refused(new DayEntry(commune.code(), today, null, "c-" + UUID.randomUUID(), one)).problems())
                .extracting(LineProblem::messageKey).containsExactly("collection.error.day-closed");
        assertThat(ledgerRows(commune)).isEqualTo(1);
    }

    @Test
    void theSameBatchTwiceAndTheSameFiguresAgainPostOnceAndOtherFiguresAreAWrongLine() {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        List<LinePayment> batch = lines(commune).stream().map(l -> asDue(1, l)).toList();
        String source = UUID.randomUUID().toString();

        PostingOutcome first = desk.post(new DayEntry(commune.code(), today, null, source, batch), CollectionFixtures.STAFF);
        long rows = ledgerRows(commune);
        PostingOutcome again = desk.post(new DayEntry(commune.code(), today, null, source, batch), CollectionFixtures.STAFF);
        PostingOutcome sameFigures = desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(),
                batch), CollectionFixtures.STAFF);

        assertThat(first.linesPosted()).isEqualTo(2);
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.principal()).isEqualTo(first.principal());
        assertThat(sameFigures.linesPosted()).isZero();
        assertThat(ledgerRows(commune)).isEqualTo(rows);

        LinePayment changed = new LinePayment(4, batch.get(0).loanNo(), Money.of(1_000), null, null, null, false, null);
        assertThat(refused(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(), List.of(changed)))
                .problems()).extracting(LineProblem::line, LineProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "collection.error.already-posted"));
    }

    @Test
    void twoTellersPostingTheSameSheetAtOncePostItOnce() throws Exception {
        CollectionFixtures.Commune commune = fixtures.commune(4);
        List<LinePayment> batch = lines(commune).stream().map(l -> asDue(1, l)).toList();
        long rowsBefore = ledgerRows(commune);
        CountDownLatch start = new CountDownLatch(1);
        Callable<PostingOutcome> teller = () -> {
            start.await();
            return desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(), batch),
                    CollectionFixtures.STAFF);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PostingOutcome> a = pool.submit(teller);
            Future<PostingOutcome> b = pool.submit(teller);
            start.countDown();
            int posted = a.get().linesPosted() + b.get().linesPosted();
            assertThat(posted).isEqualTo(4);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from loan_txn where loan_id in (:ids) and kind = 'PRINCIPAL_REPAYMENT'")
                .param("ids", commune.loans()).query(Long.class).single()).isEqualTo(4);
        assertThat(ledgerRows(commune)).isGreaterThan(rowsBefore);
        assertThat(fixtures.broken(commune.loans())).isZero();
    }

    @Test
    void twoTellersPostingAtOnceOnAMakeUpDayOpenedWithoutAReasonBothPost() throws Exception {
        CollectionFixtures.Commune commune = fixtures.commune(4);
        LocalDate makeUp = today.minusDays(1);
        // the day opened already, without a reason, as a disbursement at the point leaves it
        jdbc.sql("""
                insert into transaction_day (point_id, held_on, status)
                select id, :d, 'OPEN' from transaction_point where commune_id = :c
                """).param("d", makeUp).param("c", commune.office().communeId()).update();
        List<SheetLine> due = desk.sheets(commune.code(), makeUp, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow()
                .lines();
        assertThat(due).hasSize(4).allMatch(l -> l.interestDue().isPositive());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PostingOutcome>> tellers = new java.util.ArrayList<>();
            for (List<SheetLine> half : List.of(due.subList(0, 2), due.subList(2, 4))) {
                List<LinePayment> batch = half.stream().map(l -> asDue(1, l)).toList();
                tellers.add(pool.submit(() -> {
                    start.await();
                    return desk.post(new DayEntry(commune.code(), makeUp, "Mưa lũ, dời ngày giao dịch",
                            UUID.randomUUID().toString(), batch), CollectionFixtures.STAFF);
                }));
            }
            start.countDown();
            // each holds the day in share mode; had they both then written the reason, one would be a deadlock's victim
            assertThat(tellers.get(0).get().linesPosted() + tellers.get(1).get().linesPosted()).isEqualTo(4);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("""
                select d.reason from transaction_day d join transaction_point p on p.id = d.point_id
                where p.commune_id = :c and d.held_on = :d
                """).param("c", commune.office().communeId()).param("d", makeUp).query(String.class).single())
                .isEqualTo("Mưa lũ, dời ngày giao dịch");
        assertThat(fixtures.broken(commune.loans())).isZero();
    }
}

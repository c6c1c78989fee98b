package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.RepaymentService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** Posting a group's sheet: the ledger moves as its rules say, all or nothing, and once. */
@PortalTest
class CollectionPostingTests {

    @Autowired CollectionDesk desk;
    @Autowired LoanBalances balances;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;
    @Autowired RepaymentService repayments;

    CollectionFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        today = CollectionFixtures.today();
    }

    @Test
    void theSheetShowsWhatIsDueAndPostingItAsDueClearsItKeepingTheLedgerWhole() {
        CollectionFixtures.Commune commune = fixtures.commune(3);
        DaySheets day = desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF));
        assertThat(day.pointDay()).isTrue();
        GroupSheet sheet = day.groups().stream().filter(g -> g.groupId() != null && g.groupId() == commune.groupId())
                .findFirst().orElseThrow();
        assertThat(sheet.lines()).hasSize(3);
        SheetLine first = sheet.lines().get(0);
        // two instalments of 3 months overdue and the third due today: about 3 × 20,000,000 / 12
        assertThat(first.principalDue().dong()).isBetween(4_900_000L, 5_100_000L);
        assertThat(first.overdue().dong()).isBetween(3_300_000L, 3_400_000L);
        assertThat(first.interestDue().isPositive()).isTrue();

        List<LinePayment> lines = sheet.lines().stream().map(l -> new LinePayment(0, l.loanNo(), l.interestDue(),
                l.principalDue(), Money.of(50_000), null, false, null)).toList();
        PostingOutcome outcome = desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(),
                lines), CollectionFixtures.STAFF);

        assertThat(outcome.linesPosted()).isEqualTo(3);
        assertThat(outcome.deposits()).isEqualTo(Money.of(150_000));
        for (SheetLine line : sheet.lines()) {
            Balance after = balances.asOf(line.loanId(), today);
            assertThat(after.interestOwed()).isEqualTo(Money.ZERO);
            assertThat(after.overdue()).isEqualTo(Money.ZERO);
            assertThat(after.outstanding()).isEqualTo(line.outstanding().minus(line.principalDue()));
        }
        assertThat(fixtures.broken(commune.loans())).isZero();
        GroupSheet again = desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow();
        assertThat(again.posted()).isTrue();
        assertThat(again.totalPrincipalDue()).isEqualTo(Money.ZERO);
        assertThat(again.totalSavings().dong()).isEqualTo(150_000);
    }

    @Test
    void aLinePayingOffTheWholeLoanAndPartPaymentsPostTogetherEachLoanAuditedAndEachLineNamingItsRows() {
        CollectionFixtures.Commune commune = fixtures.commune(3);
        GroupSheet sheet = desk.sheets(commune.code(), today, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow();
        SheetLine payoff = sheet.lines().get(0);
        SheetLine part = sheet.lines().get(1);
        long audited = jdbc.sql("select count(*) from audit_log where action = 'LOAN_COLLECTED'").query(Long.class)
                .single();
        List<LinePayment> lines = List.of(
                new LinePayment(1, payoff.loanNo(), payoff.interestDue(), payoff.outstanding(), Money.ZERO, null, true,
                        null),
                new LinePayment(2, part.loanNo(), Money.ZERO, Money.of(1_000_000), Money.of(20_000), null, false, null));

        PostingOutcome outcome = desk.post(new DayEntry(commune.code(), today, null, UUID.randomUUID().toString(),
                lines), CollectionFixtures.STAFF);

        assertThat(outcome.linesPosted()).isEqualTo(2);
        assertThat(balances.asOf(payoff.loanId(), today).outstanding()).isEqualTo(Money.ZERO);
        Balance partAfter = balances.asOf(part.loanId(), today);
        assertThat(partAfter.outstanding()).isEqualTo(part.outstanding().minus(Money.of(1_000_000)));
        // the overdue principal goes first
        assertThat(partAfter.overdue()).isEqualTo(part.overdue().minus(Money.of(Math.min(1_000_000,
                part.overdue().dong()))));
        assertThat(fixtures.broken(commune.loans())).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOAN_COLLECTED'").query(Long.class)
                .single()).isEqualTo(audited + 2);
        assertThat(jdbc.sql("""
                select count(*) from collection_line cl join loan_txn t on t.id = cl.principal_txn_id
                where cl.loan_id in (:loans) and cl.posting_id is not null and t.loan_id = cl.loan_id
                """).param("loans", List.of(payoff.loanId(), part.loanId())).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from collection_line where loan_id = :l and deposit_txn_id is not null")
                .param("l", part.loanId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLoanPaidOffOnAMakeUpDayIsChargedTheInterestSinceItsLastChargeExactlyAsTheOneLoanRepaymentCharges() {
        // two twin loans (same amount, same day): one paid off on the sheet, the other at the loan's own counter
        CollectionFixtures.Commune commune = fixtures.commune(2);
        LocalDate makeUp = today.minusDays(1);
        GroupSheet sheet = desk.sheets(commune.code(), makeUp, UserScope.wholeOffice(Role.STAFF)).groups().stream()
                .filter(g -> g.groupId() != null && g.groupId() == commune.groupId()).findFirst().orElseThrow();
        SheetLine onSheet = sheet.lines().stream().filter(l -> l.loanId() == commune.loans().get(0)).findFirst().orElseThrow();
        SheetLine atCounter = sheet.lines().stream().filter(l -> l.loanId() == commune.loans().get(1)).findFirst().orElseThrow();
        assertThat(onSheet.interestDue()).isEqualTo(atCounter.interestDue());

        repayments.collect(atCounter.loanId(), makeUp, atCounter.interestDue(), atCounter.outstanding(),
                UUID.randomUUID().toString(), CollectionFixtures.STAFF);
        desk.post(new DayEntry(commune.code(), makeUp, "Mưa lũ, thu bù", UUID.randomUUID().toString(), List.of(
                new LinePayment(1, onSheet.loanNo(), onSheet.interestDue(), onSheet.outstanding(), Money.ZERO, null, true,
                        null))), CollectionFixtures.STAFF);

        List<String> sheetRows = ledgerOf(onSheet.loanId());
        assertThat(sheetRows).as("the sheet's rows are the counter's, row for row")
                .isEqualTo(ledgerOf(atCounter.loanId()));
        assertThat(sheetRows).anySatisfy(row -> assertThat(row).startsWith("INTEREST_CHARGE " + makeUp + " "));
        assertThat(balances.asOf(onSheet.loanId(), makeUp)).isEqualTo(balances.asOf(atCounter.loanId(), makeUp));
        assertThat(balances.asOf(onSheet.loanId(), makeUp).outstanding()).isEqualTo(Money.ZERO);
        assertThat(fixtures.count("select count(distinct status) from loan where id in (?, ?)", onSheet.loanId(),
                atCounter.loanId())).isEqualTo(1);
        assertThat(fixtures.broken(commune.loans())).isZero();
    }

    private List<String> ledgerOf(long loanId) {
        return jdbc.sql("select kind || ' ' || business_date || ' ' || amount from loan_txn where loan_id = :l order by business_date, id")
                .param("l", loanId).query(String.class).list();
    }
}

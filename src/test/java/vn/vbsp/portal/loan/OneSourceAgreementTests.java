package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.group.domain.GroupQuery;
import vn.vbsp.portal.group.domain.MemberRow;
import vn.vbsp.portal.report.GroupLoansQuery;
import vn.vbsp.portal.report.LoanBalance;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/**
 * One source for balances and schedules: for every loan of the demo office, the household page's figures (LoanBook),
 * the loan page's (LoanBalances, Schedules), the group page's member totals (GroupQuery) and the reports' per-loan
 * figures (GroupLoansQuery, from the snapshots) agree, and the schedule's overdue instalments add up to the overdue
 * balance the ledger holds. A sample of the pages themselves shows the same.
 */
@PortalTest
class OneSourceAgreementTests {

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);

    @Autowired JdbcClient jdbc;
    @Autowired LoanBalances balances;
    @Autowired Schedules schedules;
    @Autowired LoanBook book;
    @Autowired GroupQuery groups;
    @Autowired GroupLoansQuery reportGroups;
    @Autowired MockMvcTester mvc;

    record DemoLoan(long id, long householdId, Long groupId, String groupCode) {
    }

    @Test
    void everyLoanOfTheDemoOfficeShowsTheSameFiguresEverywhere() {
        List<DemoLoan> loans = jdbc.sql("""
                select l.id, l.household_id, l.group_id, g.code as group_code
                from loan l left join savings_group g on g.id = l.group_id
                where l.loan_no like 'DEMO-%' order by l.id
                """).query(DemoLoan.class).list();
        assertThat(loans).hasSizeGreaterThan(5_000);
        List<Long> ids = loans.stream().map(DemoLoan::id).toList();
        Map<Long, Balance> ledger = balances.asOf(ids, YESTERDAY);
        Map<Long, List<InstalmentLine>> laid = schedules.asOf(ids, YESTERDAY);

        // the loan page's schedule: its overdue instalments are exactly the overdue balance, its frozen ones the frozen
        for (DemoLoan loan : loans) {
            Balance b = ledger.get(loan.id());
            List<InstalmentLine> schedule = laid.getOrDefault(loan.id(), List.of());
            long overdue = schedule.stream().filter(i -> i.pastDue()).mapToLong(i -> i.unpaid().dong()).sum();
            long frozen = schedule.stream().mapToLong(i -> i.frozen().dong()).sum();
            long remaining = schedule.stream().mapToLong(i -> i.remaining().dong()).sum();
            assertThat(new long[] {overdue, frozen, remaining}).as("schedule of loan %d", loan.id())
                    .containsExactly(b.overdue().dong(), b.frozen().dong(), b.outstanding().dong());
        }

        // the reports' per-loan figures and the group page's per-household totals
        Map<String, List<DemoLoan>> byGroup = new HashMap<>();
        loans.forEach(l -> byGroup.computeIfAbsent(l.groupCode() == null ? "DIRECT" : l.groupCode(), k -> new java.util.ArrayList<>()).add(l));
        UserScope office = UserScope.wholeOffice(Role.DIRECTOR);
        for (Map.Entry<String, List<DemoLoan>> group : byGroup.entrySet()) {
            Map<Long, LoanBalance> reported = new HashMap<>();
            reportGroups.group(YESTERDAY, group.getKey(), office, ReportFilter.NONE).orElseThrow().loans()
                    .forEach(l -> reported.put(l.loanId(), l));
            for (DemoLoan loan : group.getValue()) {
                Balance b = ledger.get(loan.id());
                LoanBalance r = reported.get(loan.id());
                if (b.outstanding().isZero()) {
                    assertThat(r).as("report lists only loans outstanding: %d", loan.id()).isNull();
                    continue;
                }
                assertThat(new long[] {r.outstanding(), r.overdue(), r.frozen(), r.interest()}).as("report, loan %d", loan.id())
                        .containsExactly(b.outstanding().dong(), b.overdue().dong(), b.frozen().dong(),
                                Math.max(0, b.interestOwed().dong()));
            }
            if (group.getKey().equals("DIRECT")) {
                continue;
            }
            Map<Long, long[]> expected = new HashMap<>();
            for (DemoLoan loan : group.getValue()) {
                long[] sums = expected.computeIfAbsent(loan.householdId(), k -> new long[2]);
                sums[0] += ledger.get(loan.id()).outstanding().dong();
                sums[1] += ledger.get(loan.id()).overdue().dong();
            }
            for (MemberRow member : groups.members(group.getValue().get(0).groupId(), YESTERDAY)) {
                long[] sums = expected.getOrDefault(member.householdId(), new long[2]);
                assertThat(new long[] {member.outstanding(), member.overdue()}).as("group %s, household %d",
                        group.getKey(), member.householdId()).containsExactly(sums);
            }
        }

        // the household page's loans
        loans.stream().map(DemoLoan::householdId).distinct().limit(600).forEach(household -> {
            for (LoanLine line : book.loansOf(household, YESTERDAY)) {
                Balance b = ledger.get(line.id());
                assertThat(new long[] {line.outstanding().dong(), line.overdue().dong(), line.frozen().dong()})
                        .as("household page, loan %d", line.id())
                        .containsExactly(b.outstanding().dong(), b.overdue().dong(), b.frozen().dong());
            }
        });
    }

    @Test
    void theHouseholdPageAndTheLoanPageShowTheSameScheduleAndNeverCallAFrozenInstalmentPaid() throws Exception {
        List<long[]> sample = jdbc.sql("""
                select l.id, l.household_id from loan l
                where l.loan_no like 'DEMO-%' and l.status = 'ACTIVE'
                  and exists (select 1 from loan_txn t where t.loan_id = l.id and t.d_frozen > 0)
                order by l.id limit 5
                """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        sample = new java.util.ArrayList<>(sample);
        sample.addAll(jdbc.sql("""
                select l.id, l.household_id from loan l where l.loan_no like 'DEMO-%' and l.status = 'ACTIVE'
                order by l.id limit 10
                """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        LocalDate today = YESTERDAY.plusDays(1);
        for (long[] loan : sample) {
            String loanPage = html(mvc.get().uri("/loans/{id}", loan[0]).with(TestUsers.as(Role.STAFF)).exchange());
            String householdPage = html(mvc.get().uri("/households/{h}/loans/{l}", loan[1], loan[0])
                    .with(TestUsers.as(Role.STAFF)).exchange());
            for (InstalmentLine i : schedules.of(loan[0], today)) {
                assertThat(loanPage).as("loan page, loan %d", loan[0]).contains("data-state=\"" + i.state() + "\"");
                assertThat(householdPage).as("household page, loan %d", loan[0])
                        .contains("data-seq=\"" + i.seq() + "\" data-state=\"" + i.state() + "\"");
                if (i.frozen().isPositive()) {
                    assertThat(i.state()).isNotEqualTo(InstalmentLine.State.PAID);
                }
            }
        }
    }

    private static String html(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

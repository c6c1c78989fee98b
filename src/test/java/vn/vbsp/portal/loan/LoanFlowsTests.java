package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.LoanFlows.By;
import vn.vbsp.portal.loan.LoanFlows.Flow;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** Money moved over a period, on the demo office: every breakdown adds up to the office, and to the ledger's rows. */
@PortalTest
class LoanFlowsTests {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired LoanFlows flows;
    @Autowired JdbcClient jdbc;

    @Test
    void everyBreakdownAddsUpToTheOffice() {
        Flow office = flows.total(FROM, TO, UserScope.wholeOffice(Role.STAFF));
        assertThat(office.disbursed().isPositive()).isTrue();
        assertThat(office.interestPaid().isPositive()).isTrue();
        for (By by : List.of(By.ASSOCIATION, By.COMMUNE, By.PROGRAMME, By.GROUP, By.LOAN)) {
            List<Flow> rows = flows.between(FROM, TO, by, null);
            assertThat(sum(rows, Flow::disbursed)).as("disbursed by %s", by).isEqualTo(office.disbursed());
            assertThat(sum(rows, Flow::principalRepaid)).as("repaid by %s", by).isEqualTo(office.principalRepaid());
            assertThat(sum(rows, Flow::interestPaid)).as("interest by %s", by).isEqualTo(office.interestPaid());
        }
    }

    @Test
    void matchesTheLedgerRowsCountedApart() {
        Flow office = flows.total(FROM, TO, null);
        long disbursed = jdbc.sql("""
                select coalesce(sum(amount), 0) from loan_txn where kind = 'DISBURSEMENT' and business_date between :f and :t
                """).param("f", FROM).param("t", TO).query(Long.class).single();
        long disbursementsReversed = jdbc.sql("""
                select coalesce(sum(o.amount), 0) from loan_txn r join loan_txn o on o.id = r.reverses_id
                where o.kind = 'DISBURSEMENT' and r.business_date between :f and :t
                """).param("f", FROM).param("t", TO).query(Long.class).single();
        assertThat(office.disbursed()).isEqualTo(Money.of(disbursed - disbursementsReversed));
    }

    @Test
    void anOfficerSeesOnlyTheirOrganisation() {
        int farmers = jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
        Flow scoped = flows.total(FROM, TO, new UserScope(Role.ASSOCIATION, farmers, null));
        Flow byAssociation = flows.byKey(FROM, TO, By.ASSOCIATION, null).get((long) farmers);
        assertThat(scoped.disbursed()).isEqualTo(byAssociation.disbursed());
        assertThat(scoped.disbursed()).isLessThan(flows.total(FROM, TO, null).disbursed());
    }

    private static Money sum(List<Flow> rows, Function<Flow, Money> part) {
        return rows.stream().map(part).reduce(Money.ZERO, Money::plus);
    }
}

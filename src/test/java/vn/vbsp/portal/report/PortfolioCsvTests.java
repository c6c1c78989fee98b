package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** CONTRACT §5, checked against sums the test makes itself from the raw ledger rows. */
@PortalTest
class PortfolioCsvTests {

    private static final LocalDate AS_OF = LocalDate.now().minusMonths(2).withDayOfMonth(1).minusDays(1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    record LoanKey(long loanId, long householdId, String association, String commune, String programme, String group) {
    }

    record Figures(Set<Long> households, long[] sums) {
        Figures() {
            this(new HashSet<>(), new long[4]);
        }
    }

    @ParameterizedTest(name = "by={0}")
    @ValueSource(strings = {"association", "commune", "programme", "group", "point"})
    void everyBreakdownAddsUpToWhatTheLedgerSays(String by) {
        Map<String, Figures> expected = expectedFrom(ledger(), by, null);
        List<String[]> rows = csv(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString()).param("by", by)
                .with(TestUsers.as(Role.BOARD)));
        assertThat(rows.get(0)).containsExactly("code", "name", "households", "loans", "outstanding", "overdue", "frozen", "overdue_ratio");
        assertThat(rows.get(rows.size() - 1)[0]).isEqualTo("TOTAL");
        assertThat(expected).isNotEmpty();
        assertThat(rows).as("the header, a row per key, TOTAL").hasSize(expected.size() + 1);
        for (String[] row : rows.subList(1, rows.size())) {
            Figures f = expected.get(row[0]);
            assertThat(f).as("row %s", row[0]).isNotNull();
            assertThat(Long.parseLong(row[2])).as("households of %s", row[0]).isEqualTo(f.households().size());
            assertThat(Long.parseLong(row[3])).as("loans of %s", row[0]).isEqualTo(f.sums()[3]);
            assertThat(Long.parseLong(row[4])).as("outstanding of %s", row[0]).isEqualTo(f.sums()[0]);
            assertThat(Long.parseLong(row[5])).as("overdue of %s", row[0]).isEqualTo(f.sums()[1]);
            assertThat(Long.parseLong(row[6])).as("frozen of %s", row[0]).isEqualTo(f.sums()[2]);
            BigDecimal ratio = BigDecimal.valueOf(f.sums()[1] * 100).divide(BigDecimal.valueOf(f.sums()[0]), 2, RoundingMode.HALF_UP);
            assertThat(row[7]).isEqualTo(ratio.toPlainString());
        }
    }

    @Test
    void anAssociationOfficerGetsOnlyTheirOwnRowsAndTotal() {
        int hnd = jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
        Map<String, Figures> expected = expectedFrom(ledger(), "association", "HND");
        List<String[]> rows = csv(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString()).param("by", "association")
                .with(TestUsers.officer(hnd, null)));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)[0]).isEqualTo("HND");
        assertThat(rows.get(2)[0]).isEqualTo("TOTAL");
        assertThat(Long.parseLong(rows.get(2)[4])).isEqualTo(expected.get("HND").sums()[0]).isEqualTo(Long.parseLong(rows.get(1)[4]));
    }

    @Test
    void theFileIsUtf8WithABomAndVietnameseNames() {
        MvcTestResult result = mvc.get().uri("/reports/portfolio.csv").param("by", "programme").with(TestUsers.as(Role.DIRECTOR)).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Hộ nghèo")
                .as("a name holding a comma is quoted").contains("\"Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm\"");
    }

    @Test
    void anUnknownBreakdownOrAMalformedDateIsA400WithAMessage() {
        assertThat(mvc.get().uri("/reports/portfolio.csv").param("by", "village").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("association, commune, programme");
        assertThat(mvc.get().uri("/reports/portfolio.csv").param("asOf", "30/09/2026").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("yyyy-MM-dd");
    }

    @Test
    void aPastDateDoesNotChangeWhenLaterTransactionsArePosted() {
        String before = body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString()).param("by", "commune")
                .with(TestUsers.as(Role.BOARD)));
        long loanId = jdbc.sql("""
                select loan_id from loan_txn group by loan_id having sum(d_outstanding) > 1000000 order by loan_id limit 1
                """).query(Long.class).single();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 1000, -1000, 'test')
                """).param("loan", loanId).param("date", AS_OF.plusDays(1)).update();
        String after = body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString()).param("by", "commune")
                .with(TestUsers.as(Role.BOARD)));
        assertThat(after).isEqualTo(before);
        String later = body(mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.plusDays(1).toString()).param("by", "commune")
                .with(TestUsers.as(Role.BOARD)));
        assertThat(later).isNotEqualTo(before);
    }

    /** Each loan's balances on AS_OF, summed row by row in Java rather than in SQL. */
    private Map<LoanKey, long[]> ledger() {
        Map<Long, LoanKey> keys = new HashMap<>();
        jdbc.sql("""
                select l.id, l.household_id, a.code as association, c.code as commune, p.code as programme, g.code as grp
                from loan l join commune c on c.id = l.commune_id join programme p on p.id = l.programme_id
                left join association a on a.id = l.association_id left join savings_group g on g.id = l.group_id
                """).query((rs, n) -> new LoanKey(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list().forEach(k -> keys.put(k.loanId(), k));
        Map<LoanKey, long[]> balances = new HashMap<>();
        jdbc.sql("select loan_id, business_date, d_outstanding, d_overdue, d_frozen from loan_txn").query(rs -> {
            if (!rs.getDate(2).toLocalDate().isAfter(AS_OF)) {
                long[] b = balances.computeIfAbsent(keys.get(rs.getLong(1)), k -> new long[3]);
                b[0] += rs.getLong(3);
                b[1] += rs.getLong(4);
                b[2] += rs.getLong(5);
            }
        });
        return balances;
    }

    private static Map<String, Figures> expectedFrom(Map<LoanKey, long[]> ledger, String by, String onlyAssociation) {
        Map<String, Figures> expected = new HashMap<>();
        ledger.forEach((loan, b) -> {
            if (b[0] <= 0 || (onlyAssociation != null && !onlyAssociation.equals(loan.association()))) {
                return;
            }
            String key = switch (by) {
                case "association" -> loan.association() == null ? "DIRECT" : loan.association();
                case "commune", "point" -> loan.commune();
                case "programme" -> loan.programme();
                default -> loan.group() == null ? "DIRECT" : loan.group();
            };
            for (String k : List.of(key, "TOTAL")) {
                Figures f = expected.computeIfAbsent(k, x -> new Figures());
                f.households().add(loan.householdId());
                f.sums()[0] += b[0];
                f.sums()[1] += b[1];
                f.sums()[2] += b[2];
                f.sums()[3] += 1;
            }
        });
        return expected;
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static List<String[]> csv(MockMvcTester.MockMvcRequestBuilder request) {
        return CsvText.parse(body(request).getBytes(StandardCharsets.UTF_8));
    }
}

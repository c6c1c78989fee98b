package vn.vbsp.portal.loanimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.loan.BookUpToDate;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * An imported book shows in the portfolio report exactly as the file says: every breakdown's rows after the import are
 * the rows before it plus the sums the test makes from the generated rows themselves.
 */
@PortalTest
class ImportedBookReportTests {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate AS_OF = LocalDate.now().minusDays(61);
    private static final List<String> BREAKDOWNS = List.of("association", "commune", "programme", "group", "point");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BookUpToDate book;

    record Figures(Set<String> households, long[] sums) {
        Figures() {
            this(new HashSet<>(), new long[4]);
        }
    }

    @Test
    void everyBreakdownAddsTheFileToWhatWasThere() {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 400, 4, AS_OF, 41);
        // the import brings the whole book up to today: first bring up what other tests left behind
        book.bringUpToDate("MANUAL", "test");
        Map<String, Map<String, String[]>> before = new HashMap<>();
        for (String by : BREAKDOWNS) {
            before.put(by, csv(by));
        }

        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF)).contains("id=\"import-done\"");

        for (String by : BREAKDOWNS) {
            Map<String, Figures> file = fromFile(rows, by);
            Map<String, String[]> was = before.get(by);
            Map<String, String[]> now = csv(by);
            Set<String> keys = new HashSet<>(was.keySet());
            keys.addAll(file.keySet());
            assertThat(now.keySet()).as("keys by %s", by).isEqualTo(keys);
            for (String key : keys) {
                String[] row = now.get(key);
                String[] old = was.get(key);
                Figures added = file.getOrDefault(key, new Figures());
                long[] expected = new long[5];
                expected[0] = (old == null ? 0 : Long.parseLong(old[2])) + added.households().size();
                for (int i = 0; i < 4; i++) {
                    expected[i + 1] = (old == null ? 0 : Long.parseLong(old[3 + i])) + added.sums()[i];
                }
                assertThat(new long[] {Long.parseLong(row[2]), Long.parseLong(row[3]), Long.parseLong(row[4]),
                    Long.parseLong(row[5]), Long.parseLong(row[6])}).as("%s by %s", key, by).containsExactly(expected);
                BigDecimal ratio = expected[2] == 0 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(expected[3] * 100)
                        .divide(BigDecimal.valueOf(expected[2]), 2, RoundingMode.HALF_UP);
                assertThat(row[7]).as("ratio of %s by %s", key, by).isEqualTo(ratio.toPlainString());
            }
        }
        // the new communes alone, through the report's commune filter, hold exactly the file
        Map<String, Figures> byCommune = fromFile(rows, "commune");
        Map<String, String[]> onlyFirst = csv("programme", "commune", tag + "C1");
        long outstanding = onlyFirst.get("TOTAL") == null ? -1 : Long.parseLong(onlyFirst.get("TOTAL")[4]);
        assertThat(outstanding).isEqualTo(byCommune.get(tag + "C1").sums()[1]);
    }

    /**
     * A book imported as of 14 months ago is brought up to today by the import itself: every breakdown of today's
     * portfolio CSV for the file's communes holds the file's outstanding and frozen principal (nothing was repaid) and,
     * as overdue, the file's overdue plus every remaining instalment that fell due before today, worked out here from
     * the file and the schedule the import wrote, not from the ledger.
     */
    @Test
    void aBookImportedAsOfAPastDateShowsTodayWhatTheLedgerRulesGive() {
        LocalDate asOf = TODAY.minusMonths(14);
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 300, 3, asOf, 77);
        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), asOf)).contains("id=\"import-done\"", "data-figure=\"caught-up\"");

        Map<String, Long> fallenDue = new HashMap<>();
        jdbc.sql("""
                select l.loan_no, coalesce(sum(i.principal_due) filter (where i.due_on < :today), 0) as due
                from loan l left join loan_instalment i on i.loan_id = l.id
                where l.loan_no like :tag group by l.loan_no
                """).param("today", TODAY).param("tag", tag + "-%")
                .query(rs -> {
                    fallenDue.put(rs.getString(1), rs.getLong(2));
                });
        long totalFallenDue = fallenDue.values().stream().mapToLong(Long::longValue).sum();
        assertThat(totalFallenDue).as("principal fell due since the as-of date").isPositive();

        for (String commune : List.of(tag + "C1", tag + "C2", tag + "C3")) {
            List<Map<String, String>> ofCommune = rows.stream().filter(r -> r.get("commune_code").equals(commune)).toList();
            for (String by : BREAKDOWNS) {
                Map<String, Figures> expected = fromFile(ofCommune, by, fallenDue);
                Map<String, String[]> now = csv(TODAY, by, "commune", commune);
                assertThat(now.keySet()).as("keys by %s in %s", by, commune).isEqualTo(expected.keySet());
                for (Map.Entry<String, Figures> e : expected.entrySet()) {
                    String[] row = now.get(e.getKey());
                    long[] sums = e.getValue().sums();
                    assertThat(new long[] {Long.parseLong(row[2]), Long.parseLong(row[3]), Long.parseLong(row[4]),
                        Long.parseLong(row[5]), Long.parseLong(row[6])}).as("%s by %s today", e.getKey(), by)
                            .containsExactly(e.getValue().households().size(), sums[0], sums[1], sums[2], sums[3]);
                }
            }
        }
    }

    /** Households, loans, outstanding, overdue, frozen per key (and TOTAL) of the file's loans with a balance. */
    private static Map<String, Figures> fromFile(List<Map<String, String>> rows, String by) {
        return fromFile(rows, by, Map.of());
    }

    /** The same, with each loan's overdue grown by the principal that fell due since (by loan number). */
    private static Map<String, Figures> fromFile(List<Map<String, String>> rows, String by, Map<String, Long> fallenDue) {
        Map<String, Figures> figures = new HashMap<>();
        for (Map<String, String> row : rows) {
            long outstanding = Long.parseLong(row.get("outstanding"));
            if (outstanding <= 0) {
                continue;
            }
            String key = switch (by) {
                case "association" -> row.get("association").isEmpty() ? "DIRECT" : row.get("association");
                case "commune", "point" -> row.get("commune_code");
                case "programme" -> row.get("programme_code");
                default -> row.get("group_code").isEmpty() ? "DIRECT" : row.get("group_code");
            };
            for (String k : List.of(key, "TOTAL")) {
                Figures f = figures.computeIfAbsent(k, x -> new Figures());
                f.households().add(row.get("cccd"));
                f.sums()[0] += 1;
                f.sums()[1] += outstanding;
                f.sums()[2] += Long.parseLong(row.get("overdue")) + fallenDue.getOrDefault(row.get("loan_no"), 0L);
                f.sums()[3] += Long.parseLong(row.get("frozen"));
            }
        }
        return figures;
    }

    private Map<String, String[]> csv(String by, String... filter) {
        return csv(AS_OF, by, filter);
    }

    private Map<String, String[]> csv(LocalDate day, String by, String... filter) {
        var request = mvc.get().uri("/reports/portfolio.csv").param("asOf", day.toString()).param("by", by);
        if (filter.length == 2) {
            request = request.param(filter[0], filter[1]);
        }
        MvcTestResult result = request.with(TestUsers.as(Role.DIRECTOR)).exchange();
        assertThat(result).hasStatusOk();
        Map<String, String[]> rows = new HashMap<>();
        List<String[]> lines = CsvText.parse(result.getResponse().getContentAsByteArray());
        for (String[] line : lines.subList(1, lines.size())) {
            rows.put(line[0], line);
        }
        return rows;
    }
}

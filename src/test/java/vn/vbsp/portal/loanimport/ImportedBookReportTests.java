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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
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

    private static final LocalDate AS_OF = LocalDate.now().minusDays(61);
    private static final List<String> BREAKDOWNS = List.of("association", "commune", "programme", "group", "point");

    @Autowired
    MockMvcTester mvc;

    record Figures(Set<String> households, long[] sums) {
        Figures() {
            this(new HashSet<>(), new long[4]);
        }
    }

    @Test
    void everyBreakdownAddsTheFileToWhatWasThere() {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 400, 4, AS_OF, 41);
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

    /** Households, loans, outstanding, overdue, frozen per key (and TOTAL) of the file's loans with a balance. */
    private static Map<String, Figures> fromFile(List<Map<String, String>> rows, String by) {
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
                f.sums()[2] += Long.parseLong(row.get("overdue"));
                f.sums()[3] += Long.parseLong(row.get("frozen"));
            }
        }
        return figures;
    }

    private Map<String, String[]> csv(String by, String... filter) {
        var request = mvc.get().uri("/reports/portfolio.csv").param("asOf", AS_OF.toString()).param("by", by);
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

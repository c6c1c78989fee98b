package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.vbsp.portal.loanimport.LoanBookFile;
import vn.vbsp.portal.support.TenTimesBook;
import vn.vbsp.portal.support.TestDatabase;
import vn.vbsp.portal.support.BenchmarkDatabase;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * How fast the reports and the import are, on the demo office (1×) and on a book ten times its size (10×: the demo
 * office cloned nine times over in SQL, with new codes, CCCDs and loan numbers). Not a test of the build: run it with
 * {@code ./mvnw -Pbenchmark test}. It prints a table and writes it to {@code target/benchmark.txt}.
 *
 * <p>Each request goes through the whole portal (MockMvc: security, controller, SQL, page or file), signed in as the
 * Board. For each: the first call (cold: it may build the month-end snapshots it needs), then 3 warm-up calls, then
 * 20 timed calls; p95 is the 19th of the 20 sorted times (nearest rank).
 */
@SpringBootTest(properties = {"vbsp.demo-data=true", "logging.level.vn.vbsp.portal.report=WARN"})
@AutoConfigureMockMvc
@DirtiesContext
class ReportBenchmark {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 20;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final StringBuilder report = new StringBuilder();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        BenchmarkDatabase.register(registry);
    }

    record Timing(String name, long coldMs, long p50Ms, long p95Ms, long maxMs) {
    }

    @Test
    void reportsAndImportOnOneAndTenTimesTheDemoBook() throws IOException {
        LocalDate today = LocalDate.now();
        LocalDate quarterEnd = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3 + 1).atEndOfMonth();
        line("Benchmark %s on %d cores, PostgreSQL %s", today, Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("show server_version", String.class));
        line("p95 = 19th of %d sorted timed runs after %d warm-ups; cold = the first call (builds the snapshots it needs)", RUNS, WARM_UPS);

        book("1x");
        Map<String, Timing> small = measureReports(today, quarterEnd);
        Timing importSmall = importBook("1x", today);

        scaleToTenTimes();
        book("10x");
        Map<String, Timing> large = measureReports(today, quarterEnd);
        Timing importLarge = importBook("10x", today);

        line("");
        line("%-44s %12s %12s %8s", "p95 (ms)", "1x", "10x", "10x/1x");
        for (String name : small.keySet()) {
            long a = small.get(name).p95Ms();
            long b = large.get(name).p95Ms();
            line("%-44s %12d %12d %8.1f", name, a, b, a == 0 ? 0.0 : (double) b / a);
        }
        line("%-44s %12d %12d", "import of 8,000 loans (ms)", importSmall.coldMs(), importLarge.coldMs());
        line("Machine load at the end: %s", loadAverage());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark.txt"), report.toString(), StandardCharsets.UTF_8);

        assertThat(importSmall.coldMs()).as("8,000 loans imported in under 20 s").isLessThan(20_000);
        assertThat(importLarge.coldMs()).as("8,000 loans imported in under 20 s").isLessThan(20_000);
    }

    private Map<String, Timing> measureReports(LocalDate today, LocalDate quarterEnd) {
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (String by : List.of("association", "commune", "programme", "group", "point")) {
            timings.put("portfolio.csv by=" + by + " today", time("/reports/portfolio.csv?by=" + by + "&asOf=" + today));
        }
        for (String by : List.of("association", "commune", "programme", "group", "point")) {
            timings.put("portfolio page by=" + by + " today", time("/reports/portfolio?by=" + by + "&asOf=" + today));
        }
        timings.put("portfolio.csv by=commune " + quarterEnd, time("/reports/portfolio.csv?by=commune&asOf=" + quarterEnd));
        timings.put("portfolio page by=group " + quarterEnd, time("/reports/portfolio?by=group&asOf=" + quarterEnd));
        timings.put("portfolio.xlsx by=group today", time("/reports/portfolio.xlsx?by=group&asOf=" + today));
        timings.put("overdue page today", time("/reports/overdue?asOf=" + today));
        timings.put("overdue page " + quarterEnd, time("/reports/overdue?asOf=" + quarterEnd));
        timings.put("overdue.csv today", time("/reports/overdue.csv?asOf=" + today));
        timings.put("overdue.xlsx today", time("/reports/overdue.xlsx?asOf=" + today));
        return timings;
    }

    private Timing time(String uri) {
        long cold = call(uri);
        for (int i = 0; i < WARM_UPS; i++) {
            call(uri);
        }
        long[] runs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            runs[i] = call(uri);
        }
        Arrays.sort(runs);
        Timing timing = new Timing(uri, cold, runs[RUNS / 2 - 1], runs[(int) Math.ceil(0.95 * RUNS) - 1], runs[RUNS - 1]);
        line("  %-70s cold %6d  p50 %5d  p95 %5d  max %5d ms", uri, timing.coldMs(), timing.p50Ms(), timing.p95Ms(), timing.maxMs());
        return timing;
    }

    private long call(String uri) {
        long started = System.nanoTime();
        MvcTestResult result = mvc.get().uri(uri).with(TestUsers.as(Role.BOARD)).exchange();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).as(uri).hasStatusOk();
        return millis;
    }

    private Timing importBook(String size, LocalDate today) {
        String tag = LoanBookFile.newTag();
        LocalDate asOf = today.minusDays(1);
        byte[] file = LoanBookFile.csv(LoanBookFile.generate(tag, 8_000, 14, asOf, 2026));
        long first = post(file, asOf);
        long again = post(file, asOf);
        long loans = jdbc.queryForObject("select count(*) from loan where loan_no like ?", Long.class, tag + "-%");
        assertThat(loans).isEqualTo(8_000);
        line("import at %s: 8,000 loans (%,d bytes of CSV) in %d ms; the same file again (nothing to write) in %d ms",
                size, file.length, first, again);
        return new Timing("import " + size, first, first, first, first);
    }

    private long post(byte[] file, LocalDate asOf) {
        long started = System.nanoTime();
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so-cho-vay.csv", "text/csv", file))
                .param("asOf", asOf.toString()).with(csrf()).with(TestUsers.as(Role.STAFF)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).hasStatusOk();
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("id=\"import-done\"");
        return millis;
    }

    private void book(String size) {
        line("");
        line("Machine load (1, 5, 15 min) before measuring %s: %s", size, loadAverage());
        line("Book %s: %,d loans (%,d with a balance), %,d households, %,d groups, %,d ledger rows", size,
                jdbc.queryForObject("select count(*) from loan", Long.class),
                jdbc.queryForObject("select count(*) from loan where status = 'ACTIVE'", Long.class),
                jdbc.queryForObject("select count(*) from household", Long.class),
                jdbc.queryForObject("select count(*) from savings_group", Long.class),
                jdbc.queryForObject("select count(*) from loan_txn", Long.class));
    }

    private void scaleToTenTimes() {
        long seconds = TenTimesBook.scale(jdbc);
        line("");
        line("Scaled to 10x in %d s (SQL copies; the trigger marked every snapshot invalid: %d valid left)", seconds,
                jdbc.queryForObject("select count(*) from report_snapshot where valid", Long.class));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[benchmark] " + text);
        report.append(text).append(System.lineSeparator());
    }
}

package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.vbsp.portal.loan.domain.NightlyRun;
import vn.vbsp.portal.loanimport.LoanBookFile;
import vn.vbsp.portal.support.BenchmarkDatabase;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * How fast a loan book is brought up to date, measured from outside as a user meets it: the ten-times book (78,710
 * loans) imported through {@code POST /imports/loan-book} as of 30 months ago into an empty database (the answer comes
 * when both phases are done: rows written, book brought up to today), then a demo-sized book (7,871 loans) likewise
 * next to it, then a night on the whole book. {@code ./mvnw -Pbenchmark verify -Dtest=CatchUpBenchmark}.
 */
@SpringBootTest(properties = {"vbsp.demo-data=false", "vbsp.loan.catch-up.on-start=false",
    "vbsp.report.snapshots.warm-up=false", "spring.servlet.multipart.max-file-size=64MB",
    "spring.servlet.multipart.max-request-size=65MB"})
@AutoConfigureMockMvc
@DirtiesContext
class CatchUpBenchmark {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate AS_OF = TODAY.minusMonths(30);

    @Autowired MockMvcTester mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired BookUpToDate book;
    @Autowired NightlyRun nightly;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        BenchmarkDatabase.register(registry);
    }

    @Test
    void importsAsOfThirtyMonthsAgoAndNightsOnOneAndTenTimesTheDemoBook() throws Exception {
        StringBuilder out = new StringBuilder();
        line(out, "Catch-up benchmark %s on %d cores, as of %s; load %s", TODAY,
                Runtime.getRuntime().availableProcessors(), AS_OF, load());

        Imported large = importBook("10x", 78_710, 140, out);
        Imported small = importBook("1x", 7_871, 14, out);

        long started = System.nanoTime();
        CatchUpRun night = nightly.book("NIGHTLY", TODAY, "benchmark");
        long nightMs = (System.nanoTime() - started) / 1_000_000;
        line(out, "a night on the whole book (%,d active loans, %,d ledger rows), nothing left to post: %d ms (%s)",
                jdbc.queryForObject("select count(*) from loan where status = 'ACTIVE'", Long.class),
                jdbc.queryForObject("select count(*) from loan_txn", Long.class), nightMs, night);
        line(out, "load at the end %s", load());
        Files.writeString(Path.of("target", "catch-up-benchmark.txt"), out);

        assertThat(small.totalMs()).as("1x imported as of 30 months ago and brought to today").isLessThan(30_000);
        assertThat(large.writeMs()).as("10x imported into an empty database").isLessThan(20_000);
        assertThat(large.catchUpMs()).as("10x brought up to date").isLessThan(300_000);
        assertThat(nightMs).as("a night on the 10x book").isLessThan(60_000);
    }

    record Imported(long totalMs, long writeMs, long catchUpMs) {
    }

    private Imported importBook(String size, int loans, int communes, StringBuilder out) throws Exception {
        String tag = LoanBookFile.newTag();
        byte[] file = LoanBookFile.csv(LoanBookFile.generate(tag, loans, communes, AS_OF, 2026 + loans));
        long rowsBefore = jdbc.queryForObject("select count(*) from loan_txn", Long.class);
        long started = System.nanoTime();
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so-cho-vay.csv", "text/csv", file))
                .param("asOf", AS_OF.toString()).with(csrf()).with(TestUsers.as(Role.STAFF)));
        long total = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).hasStatusOk();
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("id=\"import-done\"");
        CatchUpRun run = book.last().orElseThrow();
        assertThat(run.reason()).isEqualTo("IMPORT");
        assertThat(run.done()).isTrue();
        long catchUp = run.duration().toMillis();
        long overdue = jdbc.queryForObject("""
                select coalesce(sum(t.d_overdue), 0) * 10000 / nullif(sum(t.d_outstanding), 0) from loan_txn t
                join loan l on l.id = t.loan_id where l.loan_no like ?
                """, Long.class, tag + "-%");
        line(out, "import %s: %,d loans (%,d bytes) as of %s: %d ms in all = rows written %d ms + brought to today %d ms"
                + " (%,d overdue transfers, %,d interest charges, %,d ledger rows added; overdue now %.2f %% of outstanding)",
                size, loans, file.length, AS_OF, total, total - catchUp, catchUp, run.transfers(), run.charges(),
                jdbc.queryForObject("select count(*) from loan_txn", Long.class) - rowsBefore, overdue / 100.0);
        return new Imported(total, total - catchUp, catchUp);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[benchmark] " + text);
        out.append(text).append(System.lineSeparator());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.vbsp.portal.daysheet.domain.SheetColumns;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * How long uploading a whole commune's filled sheet takes (issue 8: about 500 lines under 2 s), through the whole
 * portal (MockMvc: security, multipart, reading, checking every line, posting in one transaction, the result page).
 * A commune of 500 member households with one loan each is made first. Timed (p95 of 5, nearest rank): the full
 * file with an unreadable cell on its last line (read whole, refused before the desk), the full file with an interest
 * above what is due on its last line (read, checked whole by {@code CollectionDesk.post}, refused, nothing posted);
 * then the one upload that posts all 500 lines. Run with {@code ./mvnw -Pbenchmark verify -Dtest=SheetUploadBenchmark};
 * the figures go to the output and to {@code target/benchmark-sheets.txt}.
 */
@SpringBootTest(properties = {"vbsp.demo-data=true", "vbsp.report.snapshots.warm-up=false",
        "logging.level.vn.vbsp.portal=WARN"})
@AutoConfigureMockMvc
@DirtiesContext
class SheetUploadBenchmark {

    private static final int LINES = 500;
    private static final int CHECK_RUNS = 5;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    @Test
    void uploadsACommunesDay() throws IOException {
        CollectionFixtures fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        long setUp = System.nanoTime();
        CollectionFixtures.Commune commune = fixtures.commune(LINES);
        long setUpMillis = (System.nanoTime() - setUp) / 1_000_000;
        LocalDate today = CollectionFixtures.today();
        String base = "/transaction-days/" + commune.code() + "/" + today;
        MvcTestResult download = mvc.get().uri(base + "/sheet.csv").with(TestUsers.as(Role.STAFF)).exchange();
        List<String[]> rows = CsvText.parse(download.getResponse().getContentAsByteArray());
        int loanNo = SheetColumns.ALL.indexOf("loan_no");
        int interestDue = SheetColumns.ALL.indexOf("interest_due");
        int principalDue = SheetColumns.ALL.indexOf("principal_due");
        int payInterest = SheetColumns.ALL.indexOf("pay_interest");
        int payPrincipal = SheetColumns.ALL.indexOf("pay_principal");
        List<String> filled = new ArrayList<>();
        filled.add(String.join(",", rows.get(0)));
        for (String[] row : rows.subList(1, rows.size())) {
            if (commune.loanNos().contains(row[loanNo])) {
                row[payInterest] = row[interestDue];
                row[payPrincipal] = row[principalDue];
            }
            filled.add(String.join(",", Arrays.stream(row).map(f -> f.contains(",") ? '"' + f + '"' : f).toList()));
        }
        String good = String.join("\r\n", filled) + "\r\n";
        String[] last = rows.get(rows.size() - 1).clone();
        last[payInterest] = String.valueOf(Long.parseLong(last[interestDue]) + 1);
        String wrong = String.join("\r\n", filled.subList(0, filled.size() - 1)) + "\r\n"
                + String.join(",", last) + "\r\n";

        String[] unreadable = rows.get(rows.size() - 1).clone();
        unreadable[payInterest] = "abc";
        String badCell = String.join("\r\n", filled.subList(0, filled.size() - 1)) + "\r\n"
                + String.join(",", unreadable) + "\r\n";
        long[] reads = new long[CHECK_RUNS];
        upload(base, badCell);
        for (int i = 0; i < CHECK_RUNS; i++) {
            long started = System.nanoTime();
            String page = upload(base, badCell);
            reads[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(page).contains("data-line=\"" + filled.size() + "\"");
        }
        Arrays.sort(reads);

        long[] checks = new long[CHECK_RUNS];
        upload(base, wrong + "\r\n");
        for (int i = 0; i < CHECK_RUNS; i++) {
            String file = wrong + "\r\n".repeat(i + 2);
            long started = System.nanoTime();
            String page = upload(base, file);
            checks[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(page).contains("data-line=\"" + filled.size() + "\"");
        }
        long started = System.nanoTime();
        String page = upload(base, good);
        long postMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(page).contains("data-kind=\"lines\">" + LINES + "<");
        Arrays.sort(checks);

        String report = String.format("""
                SheetUploadBenchmark (%d lines, load average %.2f on %d cores; commune made in %d ms)
                  upload read whole, refused by the reader (last cell "abc"): p95 %d ms (min %d ms, %d runs)
                  upload read and checked by the desk, refused at its last line: p95 %d ms (min %d ms, %d runs)
                  upload that posts all %d lines:                     %d ms
                """, LINES, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), setUpMillis, reads[CHECK_RUNS - 1], reads[0], CHECK_RUNS,
                checks[CHECK_RUNS - 1], checks[0], CHECK_RUNS,
                LINES, postMillis);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-sheets.txt"), report);
    }

    private String upload(String base, String csv) {
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.multipart(base + "/sheet")
                .file(new MockMultipartFile("file", "13TD.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}

package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Printing the overdue report: the paged view says in print that it holds one page only and links to the print view,
 * which holds every overdue loan of the office for the date (the same loans as the CSV export, checked against the
 * ledger by {@link OverdueReportTests}).
 */
@PortalTest
class OverduePrintTests {

    private static final Pattern LOAN = Pattern.compile("data-loan=\"([^\"]+)\"");
    private static final LocalDate AS_OF = LocalDate.now().minusDays(15);

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePrintViewHoldsEveryOverdueLoanOfTheOffice() {
        List<String> everyLoan = CsvText.parse(body(mvc.get().uri("/reports/overdue.csv").param("asOf", AS_OF.toString())
                .with(TestUsers.as(Role.STAFF)).exchange())).stream().filter(r -> r[0].equals("LOAN")).map(r -> r[1]).toList();
        assertThat(everyLoan).as("the demo office has more overdue loans than one page").hasSizeGreaterThan(50);

        String paged = text(mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.STAFF)).exchange());
        assertThat(loans(paged)).hasSize(50);
        assertThat(paged).contains("id=\"print-page-note\"", "id=\"print-all-link\"")
                .contains("/reports/overdue?asOf=" + AS_OF + "&amp;print=all");

        String print = text(mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).param("print", "all")
                .with(TestUsers.as(Role.STAFF)).exchange());
        assertThat(loans(print)).containsExactlyElementsOf(everyLoan);
        assertThat(print).doesNotContain("id=\"print-page-note\"", "id=\"pager\"").contains("id=\"paged-link\"");
    }

    private static List<String> loans(String html) {
        List<String> loans = new ArrayList<>();
        Matcher m = LOAN.matcher(html);
        while (m.find()) {
            loans.add(m.group(1));
        }
        return loans;
    }

    private static byte[] body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String text(MvcTestResult result) {
        return new String(body(result), StandardCharsets.UTF_8);
    }
}

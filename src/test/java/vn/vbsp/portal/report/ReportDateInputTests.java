package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Report dates are typed dd/MM/yyyy in a text field whatever the browser's language; the ISO URLs keep working. */
@PortalTest
class ReportDateInputTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theOverdueAndPortfolioReportsTakeBothTheTypedAndTheIsoDate() {
        for (String report : List.of("/reports/overdue", "/reports/portfolio")) {
            for (String asOf : List.of("2024-05-31", "31/05/2024", "31/5/2024")) {
                MvcTestResult result = mvc.get().uri(report + "?asOf=" + asOf).with(TestUsers.as(Role.BOARD)).exchange();
                assertThat(result).as("%s?asOf=%s", report, asOf).hasStatus(HttpStatus.OK);
                assertThat(result).bodyText().contains("id=\"asOf\"").contains("value=\"31/05/2024\"")
                        .doesNotContain("type=\"date\"");
            }
        }
    }

    @Test
    void aDateThatIsNoneIsRefusedAsABadRequest() {
        assertThat(mvc.get().uri("/reports/overdue?asOf=31/02/2024").with(TestUsers.as(Role.BOARD)).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void noTemplateAsksTheBrowserForItsOwnDatePicker() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).matches("(?s).*type\\s*=\\s*[\"']date[\"'].*");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(offenders).as("templates with type=\"date\"").isEmpty();
        }
    }
}

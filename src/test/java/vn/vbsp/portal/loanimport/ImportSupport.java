package vn.vbsp.portal.loanimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Posting files to the import page and reading what it answered; counting the rows an import may write. */
final class ImportSupport {

    /** Every table an import writes to. */
    static final List<String> TABLES = List.of("commune", "transaction_point", "village", "association_chapter",
            "savings_group", "household", "group_member", "loan", "loan_instalment", "loan_txn", "audit_log");

    private static final Pattern LINE = Pattern.compile("<li[^>]*data-line=\"(\\d+)\"[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private ImportSupport() {
    }

    static MvcTestResult post(MockMvcTester mvc, byte[] content, String fileName, String contentType, LocalDate asOf) {
        return mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", fileName, contentType, content))
                .param("asOf", asOf.toString())
                .with(csrf())
                .with(TestUsers.as(Role.STAFF)));
    }

    static String csvPage(MockMvcTester mvc, byte[] csv, LocalDate asOf) {
        return page(post(mvc, csv, "so-cho-vay.csv", "text/csv", asOf));
    }

    static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    /** The wrong rows the page lists: line → text. */
    static Map<Integer, String> wrongRows(String page) {
        Map<Integer, String> rows = new TreeMap<>();
        Matcher m = LINE.matcher(page);
        while (m.find()) {
            rows.put(Integer.parseInt(m.group(1)), TAG.matcher(m.group(2)).replaceAll("").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    /** The "created" figures of a finished import's page: kind → count. */
    static Map<String, Integer> created(String page) {
        Map<String, Integer> created = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-created=\"([a-z_]+)\"[^>]*>.*?<td[^>]*>([0-9.]+)</td>", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            created.put(m.group(1), Integer.parseInt(m.group(2).replace(".", "")));
        }
        return created;
    }

    static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}

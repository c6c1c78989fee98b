package vn.vbsp.portal.loanimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Files that are no loan book at all: a clear message, nothing written, and the server carries on. */
@PortalTest
class LoanBookFileRefusalTests {

    static final LocalDate AS_OF = LoanBookImportTests.AS_OF;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyFile() {
        refused(new byte[0], "so.csv", "Tệp rỗng");
        refused("\uFEFF".getBytes(StandardCharsets.UTF_8), "so.csv", "Tệp rỗng");
        refused(String.join(",", LoanBookFile.HEADER).getBytes(StandardCharsets.UTF_8), "so.csv",
                "Tệp chỉ có dòng tên cột, không có dòng dữ liệu nào");
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsx() {
        refused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "bao-cao.pdf", "không phải CSV hoặc XLSX");
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "anh.png", "không phải CSV hoặc XLSX");
        refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "so.xls", "Excel 97-2003 (.xls) không được nhận");
        refused("PK\u0003\u0004 broken zip".getBytes(StandardCharsets.ISO_8859_1), "so.xlsx", "Không đọc được tệp như một bảng tính");
        refused("not a zip".getBytes(StandardCharsets.UTF_8), "so.xlsx", "Không đọc được tệp như một bảng tính");
        refused("abc\u0000def\n".getBytes(StandardCharsets.UTF_8), "so.csv", "ký tự NUL");
    }

    @Test
    void aFileInAnotherEncoding() {
        List<Map<String, String>> rows = LoanBookFile.generate(LoanBookFile.newTag(), 5, 1, AS_OF, 31);
        String text = new String(LoanBookFile.csv(LoanBookFile.HEADER, rows, false), StandardCharsets.UTF_8);
        byte[] windows1258 = text.getBytes(Charset.forName("windows-1258"));
        refused(windows1258, "so.csv", "không phải văn bản UTF-8 (gặp byte không hợp lệ ở dòng 2)");
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
        refused(utf16, "so.csv", "không phải văn bản UTF-8 (gặp byte không hợp lệ ở dòng 1)");
    }

    @Test
    void aMissingOrDuplicatedColumn() {
        List<Map<String, String>> rows = LoanBookFile.generate(LoanBookFile.newTag(), 5, 1, AS_OF, 32);
        List<String> withoutFrozen = new ArrayList<>(LoanBookFile.HEADER);
        withoutFrozen.remove("frozen");
        withoutFrozen.remove("cccd");
        refused(LoanBookFile.csv(withoutFrozen, rows, true), "so.csv", "Thiếu cột: cccd, frozen.");
        List<String> twice = new ArrayList<>(LoanBookFile.HEADER);
        twice.add("CCCD");
        refused(LoanBookFile.csv(twice, rows, true), "so.csv", "cột trùng tên: cccd");
    }

    @Test
    void aQuoteNeverClosed() {
        List<Map<String, String>> rows = LoanBookFile.generate(LoanBookFile.newTag(), 5, 1, AS_OF, 33);
        String text = new String(LoanBookFile.csv(rows), StandardCharsets.UTF_8);
        int third = text.indexOf("\r\n", text.indexOf("\r\n", text.indexOf("\r\n") + 2) + 2) + 2;
        refused((text.substring(0, third) + "\"" + text.substring(third)).getBytes(StandardCharsets.UTF_8), "so.csv",
                "Dấu ngoặc kép mở ở dòng 4 không bao giờ được đóng");
    }

    @Test
    void aHundredThousandRowsOfGarbageAreCountedNotAllListed() {
        StringBuilder text = new StringBuilder(String.join(",", LoanBookFile.HEADER)).append('\n');
        for (int i = 0; i < 100_000; i++) {
            text.append("rác,").append(i).append(",x,\"y\",z,,,,,,,,,,,,,,\n");
        }
        Map<String, Long> before = ImportSupport.counts(jdbc);
        long started = System.nanoTime();

        String page = ImportSupport.csvPage(mvc, text.toString().getBytes(StandardCharsets.UTF_8), AS_OF);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(ImportSupport.wrongRows(page)).hasSize(500).containsKeys(2, 501);
        assertThat(page).contains("có 100.000 dòng sai trong 100.000 dòng dữ liệu")
                .contains("Còn 99.500 dòng sai khác không liệt kê");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
        // and the portal still answers
        assertThat(mvc.get().uri("/imports/loan-book").with(TestUsers.as(Role.STAFF))).hasStatusOk();
    }

    @Test
    void noFileOrNoDateIsAskedForAgain() {
        MvcTestResult noFile = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book").param("asOf", AS_OF.toString())
                .with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(ImportSupport.page(noFile)).contains("Hãy chọn tệp cần nhập");
        MvcTestResult badDate = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                .param("asOf", "31/02/2026").with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(ImportSupport.page(badDate)).contains("Ngày số liệu không hợp lệ");
        // typed as the office writes it, dd/MM/yyyy, the date is read: a future one is refused as future, a past one is taken
        MvcTestResult typedFuture = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                .param("asOf", vn.vbsp.portal.shared.DateText.write(LocalDate.now().plusDays(3))).with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(ImportSupport.page(typedFuture)).contains("không được sau hôm nay");
        MvcTestResult typedPast = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                .param("asOf", vn.vbsp.portal.shared.DateText.write(LocalDate.now().minusDays(3))).with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(ImportSupport.page(typedPast)).doesNotContain("Ngày số liệu không hợp lệ", "không được sau hôm nay");
        MvcTestResult future = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                .param("asOf", LocalDate.now().plusDays(3).toString()).with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(ImportSupport.page(future)).contains("không được sau hôm nay");
    }

    @Test
    void onlyAdminAndStaffImport() {
        for (Role role : List.of(Role.DIRECTOR, Role.BOARD)) {
            assertThat(mvc.get().uri("/imports/loan-book").with(TestUsers.as(role))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book")
                    .file(new MockMultipartFile("file", "so.csv", "text/csv", new byte[] {'a'}))
                    .param("asOf", AS_OF.toString()).with(csrf()).with(TestUsers.as(role)))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/imports/loan-book").with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/imports/loan-book").with(TestUsers.as(Role.ADMIN))).hasStatusOk()
                .bodyText().contains("Nhập sổ cho vay");
    }

    @Test
    void inTheBackgroundTheStatusIsFollowedToTheResult() throws Exception {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 50, 1, AS_OF, 34);
        MvcTestResult started = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book/jobs")
                .file(new MockMultipartFile("file", "so.csv", "text/csv", LoanBookFile.csv(rows)))
                .param("asOf", AS_OF.toString()).with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(started).hasStatus(HttpStatus.ACCEPTED);
        JsonMapper json = JsonMapper.builder().build();
        Map<?, ?> status = json.readValue(started.getResponse().getContentAsString(), Map.class);
        String statusUrl = (String) status.get("statusUrl");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Boolean.TRUE.equals(status.get("finished")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            MvcTestResult polled = mvc.get().uri(statusUrl).with(TestUsers.as(Role.STAFF)).exchange();
            status = json.readValue(polled.getResponse().getContentAsString(), Map.class);
        }
        assertThat(status.get("finished")).isEqualTo(true);
        String page = ImportSupport.page(mvc.get().uri((String) status.get("resultUrl")).with(TestUsers.as(Role.STAFF)).exchange());
        assertThat(page).contains("id=\"import-done\"");
        assertThat(ImportSupport.created(page)).containsEntry("loan", 50);
        // another user does not see the job
        assertThat(mvc.get().uri((String) status.get("resultUrl")).with(TestUsers.as(Role.ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
        // a file the form refuses is answered at once
        MvcTestResult refused = mvc.perform(MockMvcRequestBuilders.multipart("/imports/loan-book/jobs")
                .param("asOf", AS_OF.toString()).with(csrf()).with(TestUsers.as(Role.STAFF)));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Hãy chọn tệp");
    }

    private void refused(byte[] content, String fileName, String message) {
        Map<String, Long> before = ImportSupport.counts(jdbc);
        String page = ImportSupport.page(ImportSupport.post(mvc, content, fileName, "application/octet-stream", AS_OF));
        assertThat(page).as("%s", fileName).contains(message).doesNotContain("id=\"import-done\"");
        assertThat(page).contains("Không có gì được ghi vào sổ").doesNotContain("data-line=");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }
}

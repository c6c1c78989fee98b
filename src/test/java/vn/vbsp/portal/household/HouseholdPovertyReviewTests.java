package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * The yearly poverty review: the preview writes nothing; confirming applies the whole file in one transaction, once;
 * a file with a wrong line is never applied (it has no confirm button, and confirming it is refused).
 */
@PortalTest
class HouseholdPovertyReviewTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    HouseholdFixtures fixtures;
    MockHttpSession session;
    String poorCccd;
    String nearPoorCccd;
    String otherCccd;
    String newCccd;
    long poor;
    long nearPoor;
    long other;

    @BeforeEach
    void households() {
        fixtures = new HouseholdFixtures(jdbc);
        var place = fixtures.place();
        session = new MockHttpSession();
        poorCccd = HouseholdFixtures.cccd();
        nearPoorCccd = HouseholdFixtures.cccd();
        otherCccd = HouseholdFixtures.cccd();
        newCccd = HouseholdFixtures.cccd();
        poor = fixtures.household(place.villageId(), "Hà Văn Nghèo", poorCccd, "NGHEO");
        nearPoor = fixtures.household(place.villageId(), "Hà Thị Cận", nearPoorCccd, "CAN_NGHEO");
        other = fixtures.household(place.villageId(), "Hà Văn Khác", otherCccd, "KHAC");
    }

    /** Four good lines: one category up, one unchanged but for the year, one in words, one CCCD not on file. */
    private String goodLines() {
        return poorCccd + ",Hà Văn Nghèo,CAN_NGHEO,2025\r\n"
                + nearPoorCccd + ",Hà Thị Cận,can_ngheo,2025\r\n"
                + otherCccd + ",\"Hà Văn Khác, con ông Tư\",Hộ mới thoát nghèo,2025\r\n"
                + newCccd + ",Người Mới Đến,NGHEO,2025\r\n";
    }

    @Test
    void thePreviewShowsChangesNewCccdsAndWrongLinesAndWritesNothing() {
        String csv = "\uFEFFname,cccd,year,category\r\n"
                + "Hà Văn Nghèo," + poorCccd + ",2025,CAN_NGHEO\r\n"
                + "Sai Độ Dài,12345,2025,NGHEO\r\n"
                + "Có Chữ,00108501234A,2025,NGHEO\r\n"
                + "Lạ Loại," + newCccd + ",2025,GIAU\r\n"
                + "Sai Năm," + otherCccd + ",20x5,KHAC\r\n"
                + "Lặp Lại," + poorCccd + ",2025,NGHEO\r\n"
                + "Người Mới," + HouseholdFixtures.cccd() + ",2025,NGHEO\r\n";
        var preview = upload(Role.STAFF, "ra-soat-2025.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview).hasStatusOk().bodyText().contains(
                "data-line=\"3\"", "Số CCCD phải có đúng 12 chữ số.",
                "data-line=\"4\"", "Số CCCD chỉ gồm chữ số",
                "data-line=\"5\"", "Loại hộ “GIAU” không đúng",
                "data-line=\"6\"", "Năm rà soát “20x5” không đúng",
                "data-line=\"7\"", "Số CCCD trùng với dòng 2.",
                "data-cccd=\"" + poorCccd + "\"", "Hộ nghèo", "Hộ cận nghèo",
                "Những hộ này không được tạo tự động")
                .doesNotContain("id=\"review-confirm\"");
        assertThat(preview).model().doesNotContainKey("token");
        assertThat(session.getAttribute("vn.vbsp.portal.household.web.PovertyReviewController.pending")).isNull();

        assertThat(fixtures.category(poor)).isEqualTo("NGHEO");
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", poor)).isZero();

        // confirming anyway (a guessed token) changes nothing either
        var confirm = confirm(Role.STAFF, "doan-bua");
        assertThat(confirm).hasStatus(HttpStatus.FOUND).flash().containsEntry("flashError", "household.review.error.token");
        assertThat(fixtures.category(poor)).isEqualTo("NGHEO");
    }

    @Test
    void confirmingAppliesTheWholeFileOnce() {
        String csv = "cccd,name,category,year\r\n" + goodLines();
        var preview = upload(Role.STAFF, "ra-soat.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview).hasStatusOk().bodyText().contains("id=\"review-confirm\"",
                "data-cccd=\"" + poorCccd + "\"", "data-cccd=\"" + otherCccd + "\"", "data-cccd=\"" + newCccd + "\"",
                "Đổi loại: 2 hộ; giữ loại, cập nhật năm: 1 hộ");
        assertThat(fixtures.category(poor)).as("the preview writes nothing").isEqualTo("NGHEO");
        String token = token(preview);

        var applied = confirm(Role.STAFF, token);
        assertThat(applied).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/households/poverty-review");
        assertThat(applied).flash().containsEntry("flash", "household.review.flash.applied");
        assertThat(fixtures.category(poor)).isEqualTo("CAN_NGHEO");
        assertThat(fixtures.category(nearPoor)).isEqualTo("CAN_NGHEO");
        assertThat(fixtures.category(other)).isEqualTo("MOI_THOAT_NGHEO");
        assertThat(jdbc.sql("select count(*) from household where id in (:ids) and review_year = 2025")
                .param("ids", java.util.List.of(poor, nearPoor, other)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from household where cccd = :c").param("c", newCccd).query(Long.class).single())
                .as("a CCCD not on file is not created").isZero();
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", poor)).isEqualTo(1);
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", nearPoor)).isEqualTo(1);
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", other)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select after->>'category' from audit_log
                        where entity = 'household' and action = 'HOUSEHOLD_REVIEWED' and entity_id = :id
                        """).param("id", String.valueOf(poor)).query(String.class).single()).isEqualTo("CAN_NGHEO");

        // someone corrects a household by hand; a second click on the same confirm button must not undo that
        jdbc.sql("update household set category = 'NGHEO' where id = :id").param("id", poor).update();
        var again = confirm(Role.STAFF, token);
        assertThat(again).hasStatus(HttpStatus.FOUND).flash().containsEntry("flashError", "household.review.error.token");
        assertThat(fixtures.category(poor)).isEqualTo("NGHEO");
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", poor)).isEqualTo(1);
    }

    @Test
    void anExcelWorkbookIsReadTooEvenWithTheCccdInANumberCell() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách");
            XSSFRow header = sheet.createRow(0);
            String[] columns = {"STT", "cccd", "name", "category", "year"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            XSSFRow line = sheet.createRow(1);
            line.createCell(0).setCellValue(1);
            line.createCell(1).setCellValue(Double.parseDouble(poorCccd)); // Excel dropped the leading zeros
            line.createCell(2).setCellValue("Hà Văn Nghèo");
            line.createCell(3).setCellValue("Hộ cận nghèo");
            line.createCell(4).setCellValue(2025);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        var preview = upload(Role.ADMIN, "danh-sach.xlsx", xlsx);
        assertThat(preview).hasStatusOk().bodyText().contains("data-cccd=\"" + poorCccd + "\"", "id=\"review-confirm\"");
        assertThat(confirm(Role.ADMIN, token(preview))).hasStatus(HttpStatus.FOUND);
        assertThat(fixtures.category(poor)).isEqualTo("CAN_NGHEO");
    }

    @Test
    void semicolonsAndQuotedFieldsAreUnderstood() {
        String csv = "cccd;name;category;year\n\"" + poorCccd + "\";\"Hà Văn \"\"Nghèo\"\"; út\";KHAC;2025\n\n";
        assertThat(upload(Role.STAFF, "ds.csv", csv.getBytes(StandardCharsets.UTF_8))).hasStatusOk().bodyText()
                .contains("data-cccd=\"" + poorCccd + "\"", "id=\"review-confirm\"");
    }

    @Test
    void aFileThatIsNotAListGetsAClearMessage() {
        assertThat(upload(Role.STAFF, "ds.pdf", "%PDF-1.4".getBytes())).hasStatusOk().bodyText()
                .contains("Chỉ nhận tệp CSV (mã UTF-8) hoặc tệp Excel .xlsx.");
        assertThat(upload(Role.STAFF, "ds.csv", new byte[0])).hasStatusOk().bodyText()
                .contains("Chưa chọn tệp, hoặc tệp rỗng.");
        assertThat(upload(Role.STAFF, "ds.csv", "cccd,name,category\n001085012345,A,NGHEO\n".getBytes()))
                .hasStatusOk().bodyText().contains("Tệp thiếu cột: year.");
        assertThat(upload(Role.STAFF, "ds.csv", "cccd,name,category,year\n".getBytes())).hasStatusOk().bodyText()
                .contains("Tệp chỉ có dòng tiêu đề");
        assertThat(upload(Role.STAFF, "ds.csv", "cccd,name,category,year\n001085012345,H\u00e0,NGHEO,2025\n"
                .getBytes(StandardCharsets.ISO_8859_1))).hasStatusOk().bodyText().contains("không phải mã UTF-8");
        assertThat(upload(Role.STAFF, "ds.xlsx", "cccd,name\n".getBytes())).hasStatusOk().bodyText()
                .contains("Không đọc được tệp Excel");
    }

    @Test
    void onlyStaffAndAdministratorsMayUseIt() {
        assertThat(mvc.get().uri("/households/poverty-review").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("Rà soát hộ nghèo hằng năm", "cccd,name,category,year");
        assertThat(mvc.get().uri("/households/poverty-review").with(TestUsers.officer(1, null)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/households/poverty-review").with(TestUsers.officer(1, null)).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "ds.csv", "text/csv", ("cccd,name,category,year\n" + goodLines()).getBytes(StandardCharsets.UTF_8))))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult upload(Role role, String fileName, byte[] content) {
        return mvc.post().uri("/households/poverty-review").with(TestUsers.as(role)).with(csrf()).session(session)
                .multipart().file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .exchange();
    }

    private MvcTestResult confirm(Role role, String token) {
        return mvc.post().uri("/households/poverty-review/confirm").with(TestUsers.as(role)).with(csrf())
                .session(session).param("token", token).exchange();
    }

    private static String token(MvcTestResult preview) {
        Object token = preview.getMvcResult().getModelAndView().getModel().get("token");
        assertThat(token).as("the preview offers a confirmation").isNotNull();
        return token.toString();
    }
}

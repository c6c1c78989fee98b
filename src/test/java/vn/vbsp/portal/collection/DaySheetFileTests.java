package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.daysheet.domain.SheetColumns;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** The 13/TD sheet files of CONTRACT §7: download, fill, upload, and the printed sheets. */
@PortalTest
class DaySheetFileTests {

    private static final Pattern LINE = Pattern.compile("<li[^>]*data-line=\"(\\d+)\"[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final int LOAN_NO = SheetColumns.ALL.indexOf("loan_no");
    private static final int INTEREST_DUE = SheetColumns.ALL.indexOf("interest_due");
    private static final int PRINCIPAL_DUE = SheetColumns.ALL.indexOf("principal_due");
    private static final int PAY_INTEREST = SheetColumns.ALL.indexOf("pay_interest");
    private static final int PAY_PRINCIPAL = SheetColumns.ALL.indexOf("pay_principal");
    private static final int DEPOSIT = SheetColumns.ALL.indexOf("savings_deposit");
    private static final int WITHDRAWAL = SheetColumns.ALL.indexOf("savings_withdrawal");

    @Autowired MockMvcTester mvc;
    @Autowired LoanBalances balances;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

    CollectionFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        today = CollectionFixtures.today();
    }

    @Test
    void theCsvComesBackFilledAndIsPostedOnceWithFormulaLookingNamesNeutralised() {
        CollectionFixtures.Commune commune = fixtures.commune(3);
        jdbc.sql("update household set head_name = '=HYPERLINK(\"x\") Lê' where id = :id")
                .param("id", commune.households().get(2)).update();
        List<String[]> rows = CsvText.parse(download(commune, "csv"));
        assertThat(rows.get(0)).containsExactly(SheetColumns.ALL.toArray(String[]::new));
        List<String[]> ours = rows.stream().filter(r -> commune.loanNos().contains(r[LOAN_NO])).toList();
        assertThat(ours).hasSize(3);
        assertThat(ours).allSatisfy(r -> assertThat(Arrays.copyOfRange(r, PAY_INTEREST, r.length)).containsOnly(""));
        assertThat(rows).anySatisfy(r -> assertThat(r[2]).isEqualTo("'=HYPERLINK(\"x\") Lê"));

        String[] first = ours.get(0);
        String[] second = ours.get(1);
        first[PAY_INTEREST] = first[INTEREST_DUE];
        first[PAY_PRINCIPAL] = first[PRINCIPAL_DUE];
        first[DEPOSIT] = "50.000";
        second[PAY_INTEREST] = second[INTEREST_DUE];
        List<String[]> filled = new ArrayList<>(rows);
        byte[] file = csv(filled);
        long interest = Long.parseLong(first[INTEREST_DUE]) + Long.parseLong(second[INTEREST_DUE]);

        String page = page(upload(commune, today, file, "13TD.csv", null, Role.STAFF));
        assertThat(wrongLines(page)).isEmpty();
        assertThat(page).contains("data-kind=\"lines\">2<", "Đã ghi 2 dòng");
        assertThat(page).contains("data-kind=\"interest\">" + new vn.vbsp.portal.shared.Formats().money(interest));
        assertThat(page).contains("data-kind=\"deposit\">50.000 ₫");
        long firstLoan = commune.loans().get(commune.loanNos().indexOf(first[LOAN_NO]));
        Balance after = balances.asOf(firstLoan, today);
        assertThat(after.interestOwed()).isEqualTo(Money.ZERO);
        assertThat(after.overdue()).isEqualTo(Money.ZERO);
        assertThat(fixtures.broken(commune.loans())).isZero();

        long moves = moves(commune);
        String again = page(upload(commune, today, file, "13TD-copy.csv", null, Role.STAFF));
        assertThat(again).contains("đã được ghi trước đây");
        assertThat(moves(commune)).isEqualTo(moves);
    }

    @Test
    void theXlsxComesBackFilledInExcelAndIsPostedOnce() throws IOException {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        byte[] workbook = download(commune, "xlsx");
        long principal = 0;
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("group_code");
            assertThat(sheet.getRow(0).getCell(SheetColumns.ALL.size() - 1).getStringCellValue()).isEqualTo("note");
            int found = 0;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && commune.loanNos().contains(row.getCell(LOAN_NO).getStringCellValue())) {
                    found++;
                    double due = row.getCell(PRINCIPAL_DUE).getNumericCellValue();
                    principal += (long) due;
                    row.createCell(PAY_PRINCIPAL).setCellValue(due);
                    row.createCell(PAY_INTEREST).setCellValue(row.getCell(INTEREST_DUE).getNumericCellValue());
                }
            }
            assertThat(found).isEqualTo(2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }
        String page = page(upload(commune, today, filled, "13TD.xlsx", null, Role.STAFF));
        assertThat(wrongLines(page)).isEmpty();
        assertThat(page).contains("data-kind=\"lines\">2<",
                "data-kind=\"principal\">" + new vn.vbsp.portal.shared.Formats().money(principal));
        for (long loan : commune.loans()) {
            assertThat(balances.asOf(loan, today).overdue()).isEqualTo(Money.ZERO);
        }
        long moves = moves(commune);
        assertThat(page(upload(commune, today, filled, "13TD.xlsx", null, Role.STAFF))).contains("đã được ghi trước đây");
        assertThat(moves(commune)).isEqualTo(moves);
    }

    @Test
    void cellsThatAreNotWholeDongAreListedAtTheirLinesAndNothingIsPosted() {
        CollectionFixtures.Commune commune = fixtures.commune(2);
        String a = commune.loanNos().get(0);
        String b = commune.loanNos().get(1);
        String csv = "loan_no,pay_interest,pay_principal,savings_deposit,savings_withdrawal,early,note\r\n"
                + a + ",\"1,5\",,,,,\r\n"        // line 2
                + b + ",,1.5,,,,\r\n"            // line 3
                + ",,,,,,chỉ ghi chú\r\n"        // line 4: nothing paid, skipped
                + a + ",,,abc,,,\r\n"            // line 5 (and a repeated loan)
                + b + ",,,,-5,,\r\n"             // line 6 (repeated too)
                + "X-1,,,,,y,\r\n"               // line 7: nothing paid, skipped
                + "X-2,1000,,,,y,\r\n";          // line 8: early must be x
        long moves = moves(commune);
        String page = page(upload(commune, today, bytes(csv), "13TD.csv", null, Role.STAFF));
        Map<Integer, String> wrong = wrongLines(page);
        assertThat(wrong.keySet()).containsExactly(2, 3, 5, 6, 8);
        assertThat(wrong.get(2)).contains("pay_interest", "1,5", "không có phần lẻ");
        assertThat(wrong.get(3)).contains("pay_principal", "1.5", "không có phần lẻ");
        assertThat(wrong.get(5)).contains("savings_deposit", "abc", "số đồng nguyên");
        assertThat(wrong.get(6)).contains("savings_withdrawal", "-5", "dấu âm");
        assertThat(wrong.get(8)).contains("early", "\"y\"");
        assertThat(page).contains("Không có gì được ghi");
        assertThat(moves(commune)).isEqualTo(moves);
    }

    @Test
    void whatTheDayRefusesIsListedAtItsLinesAndNothingIsPosted() {
        CollectionFixtures.Commune commune = fixtures.commune(3);
        CollectionFixtures.Commune other = fixtures.commune(1);
        List<String[]> rows = CsvText.parse(download(commune, "csv")).stream()
                .filter(r -> commune.loanNos().contains(r[LOAN_NO])).toList();
        long interestDue = Long.parseLong(rows.get(0)[INTEREST_DUE]);
        long principalDue = Long.parseLong(rows.get(1)[PRINCIPAL_DUE]);
        String csv = "loan_no,pay_interest,pay_principal,savings_withdrawal,early\r\n"
                + rows.get(0)[LOAN_NO] + "," + (interestDue + 1) + ",,,\r\n"      // line 2: interest above due
                + rows.get(1)[LOAN_NO] + ",," + (principalDue + 1) + ",,\r\n"     // line 3: principal above due
                + rows.get(2)[LOAN_NO] + ",,,1000,\r\n"                           // line 4: withdrawal above balance
                + other.loanNos().get(0) + ",1000,,,\r\n";                         // line 5: another commune's loan
        long moves = moves(commune);
        String page = page(upload(commune, today, bytes(csv), "13TD.csv", null, Role.STAFF));
        Map<Integer, String> wrong = wrongLines(page);
        assertThat(wrong.keySet()).containsExactly(2, 3, 4, 5);
        assertThat(wrong.get(2)).contains("vượt số lãi phải trả");
        assertThat(wrong.get(3)).contains("vượt số gốc đến hạn");
        assertThat(wrong.get(4)).contains("vượt số dư");
        assertThat(wrong.get(5)).contains("không thuộc xã này");
        assertThat(moves(commune)).isEqualTo(moves);

        String early = "loan_no,pay_principal,early\r\n" + rows.get(1)[LOAN_NO] + "," + (principalDue + 1) + ",x\r\n";
        assertThat(wrongLines(page(upload(commune, today, bytes(early), "early.csv", null, Role.STAFF)))).isEmpty();
        assertThat(moves(commune)).isGreaterThan(moves);
    }

    @Test
    void aMakeUpDayNeedsAReasonAndAFileWithoutPayColumnsIsRefused() {
        CollectionFixtures.Commune commune = fixtures.commune(1);
        LocalDate yesterday = today.minusDays(1);
        String csv = "loan_no,pay_interest\r\n" + commune.loanNos().get(0) + ",1000\r\n";
        long moves = moves(commune);
        String page = page(upload(commune, yesterday, bytes(csv), "bu.csv", " ", Role.STAFF));
        assertThat(page).contains("không phải ngày giao dịch cố định", "Không có gì được ghi");
        assertThat(moves(commune)).isEqualTo(moves);

        String noAmounts = page(upload(commune, today, bytes("loan_no,note\r\nX,y\r\n"), "a.csv", null, Role.STAFF));
        assertThat(noAmounts).contains("cần ít nhất một trong các cột");
        String noLoan = page(upload(commune, today, bytes("pay_interest\r\n5\r\n"), "a.csv", null, Role.STAFF));
        assertThat(noLoan).contains("Thiếu cột loan_no");
        assertThat(moves(commune)).isEqualTo(moves);
    }

    @Test
    void thePdfAndThePrintedPageHoldEveryHouseholdOfTheGroup() throws IOException {
        CollectionFixtures.Commune commune = fixtures.commune(4);
        List<String> names = jdbc.sql("select head_name from household where id in (:ids)")
                .param("ids", commune.households()).query(String.class).list();
        MvcTestResult result = mvc.get().uri(base(commune, today) + "/sheet.pdf").with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(names.toArray(String[]::new));
            assertThat(text).contains("Tổ trưởng", "Kiểm soát", "Thủ quỹ", "Trang 1/" + document.getNumberOfPages());
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        String html = page(mvc.get().uri(base(commune, today) + "/sheets/print").with(TestUsers.as(Role.DIRECTOR)).exchange());
        assertThat(html).contains(names.toArray(String[]::new)).contains("/css/print-landscape.css");
    }

    @Test
    void onlyTheOfficeSeesTheSheetsAndOnlyTellersUploadThem() {
        CollectionFixtures.Commune commune = fixtures.commune(1);
        String base = base(commune, today);
        for (String path : List.of("/sheet.csv", "/sheet.xlsx", "/sheet.pdf", "/sheets/print", "/sheet")) {
            assertThat(mvc.get().uri(base + path).with(TestUsers.as(Role.BOARD))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(base + path).with(TestUsers.officer(1, null))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(base + path).with(TestUsers.as(Role.ADMIN))).hasStatusOk();
        }
        assertThat(mvc.get().uri(base + "/sheet.csv").with(TestUsers.as(Role.DIRECTOR))).hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8");
        byte[] csv = bytes("loan_no,pay_interest\r\n" + commune.loanNos().get(0) + ",1000\r\n");
        for (Role role : List.of(Role.DIRECTOR, Role.BOARD)) {
            assertThat(upload(commune, today, csv, "a.csv", null, role)).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/transaction-days/NO-SUCH/" + today + "/sheet.csv").with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private byte[] download(CollectionFixtures.Commune commune, String extension) {
        MvcTestResult result = mvc.get().uri(base(commune, today) + "/sheet." + extension)
                .with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private MvcTestResult upload(CollectionFixtures.Commune commune, LocalDate date, byte[] content, String name,
            String reason, Role role) {
        var request = MockMvcRequestBuilders.multipart(base(commune, date) + "/sheet")
                .file(new MockMultipartFile("file", name, name.endsWith(".csv") ? "text/csv" : "application/octet-stream", content))
                .with(csrf()).with(TestUsers.as(role));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request);
    }

    private long moves(CollectionFixtures.Commune commune) {
        return jdbc.sql("select count(*) from loan_txn where loan_id in (:ids)").param("ids", commune.loans())
                .query(Long.class).single();
    }

    private static String base(CollectionFixtures.Commune commune, LocalDate date) {
        return "/transaction-days/" + commune.code() + "/" + date;
    }

    private static String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static Map<Integer, String> wrongLines(String page) {
        Map<Integer, String> rows = new TreeMap<>();
        Matcher m = LINE.matcher(page);
        while (m.find()) {
            rows.put(Integer.parseInt(m.group(1)), TAG.matcher(m.group(2)).replaceAll("").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    private static byte[] csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (String[] row : rows) {
            out.append(String.join(",", Arrays.stream(row).map(DaySheetFileTests::quote).toList())).append("\r\n");
        }
        return bytes(out.toString());
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

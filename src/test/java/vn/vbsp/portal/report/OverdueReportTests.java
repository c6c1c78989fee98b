package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * The overdue report, checked against ages the test works out itself from the raw ledger rows: overdue principal
 * first in, first out, and unpaid interest likewise.
 */
@PortalTest
class OverdueReportTests {

    private static final LocalDate AS_OF = LocalDate.now().minusDays(15);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** What the test expects of one loan. */
    record Expected(String loanNo, String association, String commune, long overdue, long interest, LocalDate overdueSince,
            LocalDate interestSince, long days, String bucket) {
    }

    @Test
    void everyOverdueLoanIsListedWithItsAgeFromTheLedger() {
        Map<String, Expected> expected = expected(AS_OF);
        List<String[]> csv = csv(AS_OF, TestUsers.as(Role.BOARD));
        assertThat(csv.get(0)).containsExactly("record", "loan_no", "household", "group_code", "group_name", "association",
                "commune", "programme", "outstanding", "overdue", "interest_unpaid", "overdue_since", "interest_since",
                "days_overdue", "bucket", "loans");
        List<String[]> loans = csv.stream().filter(r -> r[0].equals("LOAN")).toList();
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(loans).hasSameSizeAs(expected.values());
        for (String[] line : loans) {
            Expected e = expected.get(line[1]);
            assertThat(e).as("loan %s", line[1]).isNotNull();
            assertThat(line[5]).isEqualTo(e.association());
            assertThat(Long.parseLong(line[9])).as("overdue of %s", line[1]).isEqualTo(e.overdue());
            assertThat(Long.parseLong(line[10])).as("interest of %s", line[1]).isEqualTo(e.interest());
            assertThat(line[11]).as("overdue since of %s", line[1]).isEqualTo(e.overdueSince() == null ? "" : e.overdueSince().toString());
            assertThat(line[12]).as("interest since of %s", line[1]).isEqualTo(e.interestSince() == null ? "" : e.interestSince().toString());
            assertThat(Long.parseLong(line[13])).as("days of %s", line[1]).isEqualTo(e.days());
            assertThat(line[14]).as("bucket of %s", line[1]).isEqualTo(e.bucket());
        }
        // oldest first
        for (int i = 1; i < loans.size(); i++) {
            assertThat(Long.parseLong(loans.get(i)[13])).isLessThanOrEqualTo(Long.parseLong(loans.get(i - 1)[13]));
        }
        // a total per band and in all
        Map<String, long[]> totals = new TreeMap<>();
        for (Expected e : expected.values()) {
            for (String band : List.of(e.bucket(), "all")) {
                long[] t = totals.computeIfAbsent(band, b -> new long[3]);
                t[0]++;
                t[1] += e.overdue();
                t[2] += e.interest();
            }
        }
        List<String[]> totalRows = csv.stream().filter(r -> r[0].equals("TOTAL")).toList();
        assertThat(totalRows).extracting(r -> r[14]).containsExactly("1-30", "31-90", "91-180", "181-360", "over-360", "all");
        for (String[] row : totalRows) {
            long[] t = totals.getOrDefault(row[14], new long[3]);
            assertThat(new long[] {Long.parseLong(row[15]), Long.parseLong(row[9]), Long.parseLong(row[10])})
                    .as("band %s", row[14]).containsExactly(t);
        }
        assertThat(totals.keySet()).contains("over-360", "1-30");
    }

    @Test
    void anAssociationOfficerGetsOnlyTheirOwnLoans() {
        int hnd = jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
        Map<String, Expected> expected = expected(AS_OF);
        List<String[]> district = loanRows(csv(AS_OF, TestUsers.officer(hnd, null)));
        assertThat(district).isNotEmpty().allSatisfy(r -> assertThat(r[5]).isEqualTo("HND"));
        assertThat(district).hasSize((int) expected.values().stream().filter(e -> "HND".equals(e.association())).count());

        String commune = district.get(0)[6];
        long communeId = jdbc.sql("select id from commune where code = :c").param("c", commune).query(Long.class).single();
        List<String[]> local = loanRows(csv(AS_OF, TestUsers.officer(hnd, communeId)));
        assertThat(local).isNotEmpty().allSatisfy(r -> {
            assertThat(r[5]).isEqualTo("HND");
            assertThat(r[6]).isEqualTo(commune);
        });
        assertThat(local).hasSize((int) expected.values().stream()
                .filter(e -> "HND".equals(e.association()) && commune.equals(e.commune())).count());
        // the page and the workbook keep to the same scope
        assertThat(mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).with(TestUsers.officer(hnd, communeId)))
                .hasStatusOk().bodyText().contains("Phạm vi: Hội Nông dân").doesNotContain(">HPN<");
        List<List<String>> sheet = sheet(xlsx("/reports/overdue.xlsx", AS_OF, TestUsers.officer(hnd, communeId)), 0);
        int header = indexOf(sheet, "Số khế ước");
        List<List<String>> listed = sheet.subList(header + 1, indexOf(sheet, "Tổng cộng"));
        assertThat(listed).hasSize(local.size()).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("HND"));
    }

    @Test
    void aPastDateDoesNotChangeWhenLaterTransactionsArePosted() {
        byte[] before = body(mvc.get().uri("/reports/overdue.csv").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.BOARD)));
        String[] oldest = loanRows(CsvText.parse(before)).stream().filter(r -> Long.parseLong(r[9]) > 1000).findFirst().orElseThrow();
        long loanId = jdbc.sql("select id from loan where loan_no = :no").param("no", oldest[1]).query(Long.class).single();
        jdbc.sql("""
                insert into loan_txn (loan_id, business_date, kind, amount, d_outstanding, d_overdue, posted_by)
                values (:loan, :date, 'PRINCIPAL_REPAYMENT', 1000, -1000, -1000, 'test')
                """).param("loan", loanId).param("date", AS_OF.plusDays(1)).update();

        byte[] after = body(mvc.get().uri("/reports/overdue.csv").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.BOARD)));
        assertThat(new String(after)).isEqualTo(new String(before));
        byte[] later = body(mvc.get().uri("/reports/overdue.csv").param("asOf", AS_OF.plusDays(1).toString()).with(TestUsers.as(Role.BOARD)));
        assertThat(new String(later)).isNotEqualTo(new String(before));
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsTheCsv() {
        List<String[]> csv = csv(AS_OF, TestUsers.as(Role.DIRECTOR));
        List<List<String>> list = sheet(xlsx("/reports/overdue.xlsx", AS_OF, TestUsers.as(Role.DIRECTOR)), 0);
        int header = indexOf(list, "Số khế ước");
        List<String[]> loans = loanRows(csv);
        for (int i = 0; i < loans.size(); i++) {
            String[] c = loans.get(i);
            List<String> x = list.get(header + 1 + i);
            assertThat(List.of(x.get(0), x.get(4), x.get(5), x.get(6), x.get(7), x.get(8), x.get(9), x.get(12), x.get(13)))
                    .as("row %d", i).containsExactly(c[1], c[5], c[6], c[7], c[8], c[9], c[10], c[13], c[14]);
        }
        List<List<String>> bands = sheet(xlsx("/reports/overdue.xlsx", AS_OF, TestUsers.as(Role.DIRECTOR)), 1);
        int bandHeader = indexOf(bands, "Nhóm nợ");
        // the bands on the day, at the start of the year and a year before: the CSV's totals on those days
        List<LocalDate> days = List.of(AS_OF, AS_OF.withDayOfYear(1).minusDays(1), AS_OF.minusYears(1));
        for (int d = 0; d < days.size(); d++) {
            List<String[]> totals = csv(days.get(d), TestUsers.as(Role.DIRECTOR)).stream().filter(r -> r[0].equals("TOTAL")).toList();
            for (int i = 0; i < totals.size(); i++) {
                List<String> x = bands.get(bandHeader + 1 + i);
                assertThat(List.of(x.get(1 + 3 * d), x.get(2 + 3 * d), x.get(3 + 3 * d))).as("band %d on %s", i, days.get(d))
                        .containsExactly(totals.get(i)[15], totals.get(i)[9], totals.get(i)[10]);
            }
        }
    }

    @Test
    void thePageShowsTheBandsTheComparisonsAndAPageOfLoans() {
        MvcTestResult all = mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(all).hasStatusOk();
        String page = new String(all.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"bucket-totals\"").contains("data-bucket=\"over-360\"")
                .contains(vn.vbsp.portal.shared.Formats.DATE.format(AS_OF.withDayOfYear(1).minusDays(1)))
                .contains(vn.vbsp.portal.shared.Formats.DATE.format(AS_OF.minusYears(1)));
        assertThat(count(page, "data-loan=\"")).isEqualTo(Math.min(50, expected(AS_OF).size()));
        String second = new String(body(mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).param("page", "2")
                .with(TestUsers.as(Role.BOARD))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(second).contains("Trang 2/");
        String band = new String(body(mvc.get().uri("/reports/overdue").param("asOf", AS_OF.toString()).param("bucket", "over-360")
                .with(TestUsers.as(Role.BOARD))), java.nio.charset.StandardCharsets.UTF_8);
        long over360 = expected(AS_OF).values().stream().filter(e -> e.bucket().equals("over-360")).count();
        assertThat(count(band, "data-bucket=\"over-360\"")).isEqualTo(Math.min(50, over360) + 1);
        assertThat(loanRows(CsvText.parse(body(mvc.get().uri("/reports/overdue.csv").param("asOf", AS_OF.toString())
                .param("bucket", "over-360").with(TestUsers.as(Role.BOARD)))))).hasSize((int) over360);
    }

    @Test
    void anUnknownBandPageOrAMalformedDateIsA400WithAMessage() {
        assertThat(mvc.get().uri("/reports/overdue").param("bucket", "2-3").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("bucket phải là 1-30");
        assertThat(mvc.get().uri("/reports/overdue").param("asOf", "2026-13-01").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("yyyy-MM-dd");
        assertThat(mvc.get().uri("/reports/overdue").param("page", "x").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("page");
        assertThat(mvc.get().uri("/reports/overdue.csv").param("asOf", "30/09/2026").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType("text/plain;charset=UTF-8").bodyText().contains("yyyy-MM-dd");
        assertThat(mvc.get().uri("/reports/overdue.xlsx").param("bucket", "old").with(TestUsers.as(Role.BOARD)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("over-360");
    }

    /** Each overdue loan on {@code asOf} as the test works it out from every ledger row, in Java. */
    private Map<String, Expected> expected(LocalDate asOf) {
        record Move(LocalDate day, long outstanding, long overdue, long interest) {
        }
        Map<Long, List<Move>> moves = new HashMap<>();
        jdbc.sql("select loan_id, business_date, d_outstanding, d_overdue, d_interest from loan_txn order by loan_id, business_date, id")
                .query(rs -> {
                    moves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Move(rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        Map<Long, String[]> loans = new HashMap<>();
        jdbc.sql("select l.id, l.loan_no, a.code, c.code from loan l join commune c on c.id = l.commune_id left join association a on a.id = l.association_id")
                .query(rs -> {
                    loans.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                });
        Map<String, Expected> expected = new HashMap<>();
        moves.forEach((loanId, all) -> {
            List<Move> upTo = all.stream().filter(m -> !m.day().isAfter(asOf)).toList();
            long overdue = upTo.stream().mapToLong(Move::overdue).sum();
            long interest = upTo.stream().mapToLong(Move::interest).sum();
            if (overdue <= 0 && interest <= 0) {
                return;
            }
            LocalDate overdueSince = overdue > 0 ? oldestOpen(upTo.stream().map(m -> new Object[] {m.day(), m.overdue()}).toList()) : null;
            LocalDate interestSince = interest > 0 ? oldestOpen(upTo.stream().map(m -> new Object[] {m.day(), m.interest()}).toList()) : null;
            long principalDays = overdueSince == null ? 0 : asOf.toEpochDay() - overdueSince.toEpochDay() + 1;
            long interestDays = interestSince == null ? 0 : asOf.toEpochDay() - interestSince.toEpochDay();
            long days = Math.max(principalDays, interestDays);
            if (days < 1) {
                return;
            }
            String bucket = days <= 30 ? "1-30" : days <= 90 ? "31-90" : days <= 180 ? "91-180" : days <= 360 ? "181-360" : "over-360";
            String[] loan = loans.get(loanId);
            expected.put(loan[0], new Expected(loan[0], loan[1] == null ? "DIRECT" : loan[1], loan[2], Math.max(overdue, 0),
                    Math.max(interest, 0), overdueSince, interestSince, days, bucket));
        });
        return expected;
    }

    /** First in, first out: decreases pay the oldest increases; the day of the oldest increase not fully paid. */
    private static LocalDate oldestOpen(List<Object[]> moves) {
        long paid = 0;
        for (Object[] m : moves) {
            if ((long) m[1] < 0) {
                paid -= (long) m[1];
            }
        }
        long added = 0;
        for (Object[] m : moves) {
            if ((long) m[1] > 0) {
                added += (long) m[1];
                if (added > paid) {
                    return (LocalDate) m[0];
                }
            }
        }
        return null;
    }

    private List<String[]> csv(LocalDate asOf, RequestPostProcessor user) {
        return CsvText.parse(body(mvc.get().uri("/reports/overdue.csv").param("asOf", asOf.toString()).with(user)));
    }

    private static List<String[]> loanRows(List<String[]> csv) {
        return csv.stream().filter(r -> r[0].equals("LOAN")).toList();
    }

    private byte[] xlsx(String uri, LocalDate asOf, RequestPostProcessor user) {
        MvcTestResult result = mvc.get().uri(uri).param("asOf", asOf.toString()).with(user).exchange();
        assertThat(result).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return result.getResponse().getContentAsByteArray();
    }

    /** A sheet's cells as text, numbers in plain digits, dates as yyyy-MM-dd. */
    static List<List<String>> sheet(byte[] workbook, int index) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(index);
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        var cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                                cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                            } else {
                                double v = cell.getNumericCellValue();
                                cells.add(v == Math.rint(v) ? String.valueOf((long) v) : new java.math.BigDecimal(String.valueOf(v))
                                        .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
                            }
                        } else {
                            cells.add(text.formatCellValue(cell));
                        }
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int indexOf(List<List<String>> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(firstCell)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    private static byte[] body(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

package vn.vbsp.portal.loanimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Loan-book files for tests and the benchmark: a made-up office part with codes, CCCDs and loan numbers of its own
 * (prefixed with a tag), so that it never meets the demo office or another test's rows.
 */
public final class LoanBookFile {

    public static final List<String> HEADER = List.of("commune_code", "commune_name", "point_day", "village", "association",
            "group_code", "group_name", "group_leader", "head_name", "cccd", "category", "programme_code", "loan_no",
            "disbursed_on", "maturity_on", "principal", "outstanding", "overdue", "frozen");

    private static final String[] ASSOCIATIONS = {"HND", "HPN", "CCB", "DTN"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Quế", "Sơn", "Tâm", "Uyên", "Xuân"};
    /** CCCDs under a province code the demo office does not use, counting up from a random start. */
    private static final AtomicLong CCCD = new AtomicLong(96_000_000_000L + new Random().nextInt(400_000_000) * 1000L);

    private LoanBookFile() {
    }

    /** A tag no other test run has used within this database: letters and digits, short. */
    public static String newTag() {
        return "T" + Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();
    }

    public static String newCccd() {
        return String.format("%012d", CCCD.incrementAndGet());
    }

    /**
     * About {@code loans} loans over {@code communes} communes, through groups of the four organisations and a few
     * direct, disbursed within four years before {@code asOf}; some overdue, a few frozen, a few settled.
     */
    public static List<Map<String, String>> generate(String tag, int loans, int communes, LocalDate asOf, long seed) {
        Random dice = new Random(seed);
        List<Map<String, String>> rows = new ArrayList<>();
        int loanNo = 0;
        int groupNo = 0;
        while (loanNo < loans) {
            for (int c = 1; c <= communes && loanNo < loans; c++) {
                String commune = tag + "C" + c;
                String communeName = "Xã Thử " + tag + " " + c;
                int pointDay = 3 + (c * 7) % 26;
                groupNo++;
                boolean direct = groupNo % 9 == 0;
                String association = direct ? "" : ASSOCIATIONS[groupNo % 4];
                String group = direct ? "" : tag + "-G" + groupNo;
                String village = "Thôn " + (1 + groupNo % 5);
                int members = 5 + dice.nextInt(10);
                String leader = null;
                for (int m = 0; m < members && loanNo < loans; m++) {
                    String head = FAMILY[dice.nextInt(FAMILY.length)] + " " + MIDDLE[dice.nextInt(MIDDLE.length)] + " "
                            + GIVEN[dice.nextInt(GIVEN.length)];
                    if (leader == null) {
                        leader = head;
                    }
                    String cccd = newCccd();
                    String category = List.of("NGHEO", "CAN_NGHEO", "MOI_THOAT_NGHEO", "KHAC").get(dice.nextInt(4));
                    int loansOfHousehold = dice.nextInt(5) == 0 ? 2 : 1;
                    for (int l = 0; l < loansOfHousehold && loanNo < loans; l++) {
                        String programme = l == 1 ? "NSVSMT" : direct ? "GQVL" : switch (category) {
                            case "NGHEO" -> "HN";
                            case "CAN_NGHEO" -> "HCN";
                            case "MOI_THOAT_NGHEO" -> "HMTN";
                            default -> "SXKD";
                        };
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put("commune_code", commune);
                        row.put("commune_name", communeName);
                        row.put("point_day", String.valueOf(pointDay));
                        row.put("village", direct && dice.nextBoolean() ? "" : village);
                        row.put("association", association);
                        row.put("group_code", group);
                        row.put("group_name", direct ? "" : "Tổ TK&VV " + village.toLowerCase() + " số " + groupNo);
                        row.put("group_leader", direct ? "" : leader);
                        row.put("head_name", head);
                        row.put("cccd", cccd);
                        row.put("category", category);
                        row.put("programme_code", programme);
                        row.put("loan_no", tag + "-" + String.format("%06d", ++loanNo));
                        LocalDate disbursed = asOf.minusMonths(1 + dice.nextInt(48)).withDayOfMonth(Math.min(pointDay, 28));
                        LocalDate maturity = disbursed.plusMonths(List.of(24, 36, 60).get(dice.nextInt(3)));
                        long principal = (10 + dice.nextInt(70)) * 1_000_000L;
                        long outstanding = dice.nextInt(25) == 0 ? 0 : principal - dice.nextInt(5) * (principal / 10);
                        long overdue = outstanding > 0 && dice.nextInt(8) == 0 ? Math.min(outstanding, (1 + dice.nextInt(5)) * 1_000_000L) : 0;
                        long frozen = outstanding - overdue > 0 && dice.nextInt(40) == 0 ? outstanding - overdue : 0;
                        if (!maturity.isAfter(asOf) && outstanding > 0) {
                            overdue = outstanding - frozen;
                        }
                        row.put("disbursed_on", disbursed.toString());
                        row.put("maturity_on", maturity.toString());
                        row.put("principal", String.valueOf(principal));
                        row.put("outstanding", String.valueOf(outstanding));
                        row.put("overdue", String.valueOf(overdue));
                        row.put("frozen", String.valueOf(frozen));
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The rows as CSV in the order of {@code header}, RFC 4180 quoting, CRLF, with a BOM when asked. */
    public static byte[] csv(List<String> header, List<Map<String, String>> rows, boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        text.append(String.join(",", header)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String column : header) {
                fields.add(quote(row.getOrDefault(column, "")));
            }
            text.append(String.join(",", fields)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(List<Map<String, String>> rows) {
        return csv(HEADER, rows, true);
    }

    /** The rows as an XLSX workbook: text cells, but amounts and point days as numbers and dates as real dates. */
    public static byte[] xlsx(List<Map<String, String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("So cho vay");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < HEADER.size(); i++) {
                    String column = HEADER.get(i);
                    String value = rows.get(r).getOrDefault(column, "");
                    if (value.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (column.endsWith("_on")) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else if (List.of("principal", "outstanding", "overdue", "frozen", "point_day").contains(column)) {
                        cell.setCellValue(Long.parseLong(value));
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}

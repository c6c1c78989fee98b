package vn.vbsp.portal.fee.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vbsp.portal.fee.EntrustmentFees;
import vn.vbsp.portal.fee.FeeLine;
import vn.vbsp.portal.fee.FeeStatement;
import vn.vbsp.portal.shared.BadParameter;
import vn.vbsp.portal.user.CurrentUser;

/** A month's entrustment fee statement: the page (printable), the CSV and the workbook, within the user's scope. */
@Controller
class FeeController {

    static final String[] COLUMNS = {"association", "level", "commune_code", "base_outstanding", "overdue_ratio",
            "fee_percent", "fee"};
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EntrustmentFees fees;
    private final Clock clock;

    FeeController(EntrustmentFees fees, Clock clock) {
        this.fees = fees;
        this.clock = clock;
    }

    @GetMapping("/fees/entrustment")
    String page(@RequestParam(required = false) String month, Model model) {
        FeeStatement statement = statement(month);
        model.addAttribute("statement", statement);
        model.addAttribute("month", statement.month());
        return "fee/entrustment";
    }

    @GetMapping("/fees/entrustment.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String month) {
        FeeStatement statement = statement(month);
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (FeeLine line : statement.lines()) {
            text.append(line.associationCode()).append(',').append(line.level()).append(',')
                    .append(line.communeCode() == null ? "" : line.communeCode()).append(',')
                    .append(line.baseOutstanding().dong()).append(',').append(line.overdueRatio().toPlainString())
                    .append(',').append(line.feePercent()).append(',').append(line.fee().dong()).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"phi-uy-thac-" + statement.month() + ".csv\"")
                .body(text.toString());
    }

    @GetMapping("/fees/entrustment.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month) {
        FeeStatement statement = statement(month);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(statement.month().toString());
            var money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            var ratio = book.createCellStyle();
            ratio.setDataFormat(book.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(COLUMNS[i]);
            }
            int r = 1;
            for (FeeLine line : statement.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.associationCode());
                row.createCell(1).setCellValue(line.level().name());
                row.createCell(2).setCellValue(line.communeCode() == null ? "" : line.communeCode());
                row.createCell(3).setCellValue(line.baseOutstanding().dong());
                row.getCell(3).setCellStyle(money);
                row.createCell(4).setCellValue(line.overdueRatio().doubleValue());
                row.getCell(4).setCellStyle(ratio);
                row.createCell(5).setCellValue(line.feePercent());
                row.createCell(6).setCellValue(line.fee().dong());
                row.getCell(6).setCellStyle(money);
            }
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"phi-uy-thac-" + statement.month() + ".xlsx\"")
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeeStatement statement(String month) {
        return fees.statement(month(month), CurrentUser.scope());
    }

    /** {@code 2026-11}; none: the last month ended; a month not ended yet, or not a month: 400. */
    private YearMonth month(String text) {
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        if (text == null || text.isBlank()) {
            return current.minusMonths(1);
        }
        YearMonth month;
        try {
            month = text.strip().matches("\\d{4}-\\d{2}") ? YearMonth.parse(text.strip()) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.getYear() < 2000) {
            throw new BadParameter("fee.error.month", text);
        }
        if (!month.isBefore(current)) {
            throw new BadParameter("fee.error.month.open", month.toString());
        }
        return month;
    }
}

package vn.vbsp.portal.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vbsp.portal.shared.SpreadsheetCells;

/**
 * A report as an Excel workbook, written row by row (streaming, so a long list holds only a window of rows in
 * memory). Amounts are numbers with a thousands format, ratios numbers with two decimals, dates real dates.
 */
final class Xlsx implements AutoCloseable {

    static final MediaType TYPE = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle ratio;
    private final CellStyle date;
    private final CellStyle totalMoney;
    private final CellStyle totalText;
    private Sheet sheet;
    private int rowIndex;

    Xlsx() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        ratio = workbook.createCellStyle();
        ratio.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        totalMoney = workbook.createCellStyle();
        totalMoney.cloneStyleFrom(money);
        totalMoney.setFont(bold);
        totalText = workbook.createCellStyle();
        totalText.setFont(bold);
    }

    /** Starts a new sheet; the rows that follow go on it. */
    Xlsx sheet(String name) {
        sheet = workbook.createSheet(name);
        rowIndex = 0;
        return this;
    }

    /** Column widths in characters (font metrics are not measured: a server may have no fonts). */
    Xlsx widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
        return this;
    }

    Xlsx title(String text) {
        Cell cell = sheet.createRow(rowIndex++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        return this;
    }

    Xlsx note(String text) {
        sheet.createRow(rowIndex++).createCell(0).setCellValue(text);
        return this;
    }

    Xlsx blank() {
        rowIndex++;
        return this;
    }

    Xlsx header(String... labels) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(header);
        }
        return this;
    }

    /** One row: strings as text, whole numbers as amounts, {@link BigDecimal} as a ratio, dates as dates. */
    Xlsx row(Object... values) {
        return row(false, values);
    }

    /** A total row, in bold. */
    Xlsx total(Object... values) {
        return row(true, values);
    }

    private Xlsx row(boolean bold, Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n && !(value instanceof BigDecimal)) {
                cell.setCellValue(n.longValue());
                cell.setCellStyle(bold ? totalMoney : money);
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(ratio);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(SpreadsheetCells.neutralise(value.toString()));
                if (bold) {
                    cell.setCellStyle(totalText);
                }
            }
        }
        return this;
    }

    ResponseEntity<byte[]> attachment(String filename) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbook.dispose();
    }
}

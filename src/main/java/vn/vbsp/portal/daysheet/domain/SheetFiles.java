package vn.vbsp.portal.daysheet.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.collection.GroupSheet;
import vn.vbsp.portal.collection.SheetLine;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.SpreadsheetCells;

/**
 * Writes a commune's day as the sheet file of CONTRACT §7: one row per loan, amounts in whole đồng without separators,
 * the pay, savings, early and note cells empty. Names and codes are neutralised against formulas.
 */
@Component
public class SheetFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The sheet as CSV, UTF-8 with a byte order mark, CRLF line ends. */
    public byte[] csv(DaySheets day) {
        StringBuilder out = new StringBuilder(256 * (1 + lineCount(day)));
        out.append(String.join(",", SheetColumns.ALL)).append("\r\n");
        for (List<Object> row : rows(day)) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row.get(i);
                out.append(value instanceof Long number ? Long.toString(number) : SpreadsheetCells.csv((String) value));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** The sheet as an XLSX workbook: the same columns, amounts as numbers, texts as text. */
    public byte[] xlsx(DaySheets day) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("13-TD");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(formats.getFormat("0"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < SheetColumns.ALL.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(SheetColumns.ALL.get(i));
                cell.setCellStyle(header);
                sheet.setDefaultColumnStyle(i, i < 5 || i >= 14 ? text : number);
            }
            int r = 1;
            for (List<Object> values : rows(day)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Long amount) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(amount);
                        cell.setCellStyle(number);
                    } else if (value != null && !((String) value).isEmpty()) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(SpreadsheetCells.neutralise((String) value));
                        cell.setCellStyle(text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < 5; i++) {
                sheet.setColumnWidth(i, i == 2 ? 28 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Object>> rows(DaySheets day) {
        List<List<Object>> rows = new ArrayList<>(lineCount(day));
        for (GroupSheet group : day.groups()) {
            for (SheetLine line : group.lines()) {
                List<Object> row = new ArrayList<>(SheetColumns.ALL.size());
                row.add(line.groupCode() == null ? "" : line.groupCode());
                row.add(line.cccd());
                row.add(line.headName());
                row.add(line.loanNo());
                row.add(line.programmeCode());
                row.add(dong(line.outstanding()));
                row.add(dong(line.overdue()));
                row.add(dong(line.interestDue()));
                row.add(dong(line.principalDue()));
                row.add(dong(line.savingsBalance()));
                for (int i = 0; i < 6; i++) {
                    row.add("");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static int lineCount(DaySheets day) {
        return day.groups().stream().mapToInt(g -> g.lines().size()).sum();
    }

    private static Long dong(Money amount) {
        return amount == null ? 0L : amount.dong();
    }
}

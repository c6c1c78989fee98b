package vn.vbsp.portal.commission.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.SpreadsheetCells;

/** The month's commission statement as an XLSX workbook: one row per group and programme, amounts as numbers. */
@Component
public class CommissionWorkbook {

    private static final String[] HEADERS = {"commission.col.commune", "commission.col.group-code",
            "commission.col.group", "commission.col.leader", "commission.col.programme", "commission.col.interest",
            "commission.col.rate", "commission.col.commission"};

    private final MessageSource messages;

    CommissionWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(CommissionStatements.Statement statement, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(statement.month().toString());
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(messages.getMessage(HEADERS[i], null, locale));
            }
            int r = 1;
            for (CommissionStatements.Group group : statement.groups()) {
                for (CommissionStatements.Line line : group.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(SpreadsheetCells.neutralise(group.commune()));
                    row.createCell(1).setCellValue(SpreadsheetCells.neutralise(group.code()));
                    row.createCell(2).setCellValue(SpreadsheetCells.neutralise(group.name()));
                    row.createCell(3).setCellValue(SpreadsheetCells.neutralise(group.leader()));
                    row.createCell(4).setCellValue(line.programmeCode());
                    row.createCell(5).setCellValue(line.interest().dong());
                    row.createCell(6).setCellValue(line.ratePct().doubleValue());
                    row.createCell(7).setCellValue(line.commission().dong());
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(messages.getMessage("commission.total", null, locale));
            total.createCell(5).setCellValue(statement.interest().dong());
            total.createCell(7).setCellValue(statement.commission().dong());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.vbsp.portal.household.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the Labour office's yearly list: CSV (UTF-8, a BOM may lead, RFC 4180 quoting, comma or semicolon) or the
 * first sheet of an .xlsx workbook; one header row naming the columns {@code cccd, name, category, year} in any order.
 */
final class PovertyListReader {

    static final List<String> COLUMNS = List.of("cccd", "name", "category", "year");

    private PovertyListReader() {
    }

    static PovertyList read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new PovertyListException("household.review.error.empty", null);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<List<String>> rows;
        List<Integer> lineNumbers = new ArrayList<>();
        if (name.endsWith(".xlsx")) {
            rows = xlsx(content, lineNumbers);
        } else if (name.endsWith(".csv") && !zip) {
            rows = csv(text(content), lineNumbers);
        } else {
            throw new PovertyListException("household.review.error.type", null);
        }
        return lines(rows, lineNumbers);
    }

    private static PovertyList lines(List<List<String>> rows, List<Integer> lineNumbers) {
        int headerAt = -1;
        for (int i = 0; i < rows.size() && headerAt < 0; i++) {
            if (!blank(rows.get(i))) {
                headerAt = i;
            }
        }
        if (headerAt < 0) {
            throw new PovertyListException("household.review.error.empty", null);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> header = rows.get(headerAt);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(column)) {
                index.putIfAbsent(column, i);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new PovertyListException("household.review.error.columns", String.join(", ", missing));
        }
        List<PovertyList.Line> lines = new ArrayList<>();
        for (int i = headerAt + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (blank(row)) {
                continue;
            }
            lines.add(new PovertyList.Line(lineNumbers.get(i), cell(row, index.get("cccd")), cell(row, index.get("name")),
                    cell(row, index.get("category")), cell(row, index.get("year"))));
        }
        if (lines.isEmpty()) {
            throw new PovertyListException("household.review.error.no-lines", null);
        }
        return new PovertyList(lines);
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new PovertyListException("household.review.error.type", null);
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PovertyListException("household.review.error.encoding", null);
        }
    }

    /** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
    static List<List<String>> csv(String text, List<Integer> lineNumbers) {
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';

        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && next != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && next == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(fields);
                lineNumbers.add(rowLine);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new PovertyListException("household.review.error.quote", String.valueOf(rowLine));
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields);
            lineNumbers.add(rowLine);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content, List<Integer> lineNumbers) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new PovertyListException("household.review.error.empty", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Integer cccdColumn = null;
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    boolean isCccd = cccdColumn != null && c == cccdColumn;
                    cells.add(cell == null ? "" : isCccd ? cccdText(cell, formatter, evaluator)
                            : formatter.formatCellValue(cell, evaluator));
                }
                if (cccdColumn == null && !blank(cells)) {
                    // the first non-empty row is the header
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).strip().equalsIgnoreCase("cccd")) {
                            cccdColumn = c;
                        }
                    }
                    if (cccdColumn == null) {
                        cccdColumn = -1;
                    }
                }
                rows.add(cells);
                lineNumbers.add(row.getRowNum() + 1);
            }
            return rows;
        } catch (PovertyListException e) {
            throw e;
        } catch (Exception e) {
            throw new PovertyListException("household.review.error.xlsx", null);
        }
    }

    /**
     * Excel keeps a CCCD typed into a number cell as a number and drops its leading zero (every province code starts
     * with 0, codes up to 009 with two): such a cell of 10 or 11 digits is given its zeros back.
     */
    private static String cccdText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            String digits = new BigDecimal(cell.getNumericCellValue()).toPlainString();
            if (digits.matches("[0-9]{10,11}")) {
                return "0".repeat(12 - digits.length()) + digits;
            }
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}

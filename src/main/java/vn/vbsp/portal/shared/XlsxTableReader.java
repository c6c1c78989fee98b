package vn.vbsp.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file row by row with POI's streaming (SAX) reader, so that a large sheet never
 * sits in memory whole. Dates come out as {@code yyyy-MM-dd} whatever their display format, whole numbers without
 * separators or exponent; the row number is the line. The XML read from each part is capped
 * ({@link TableFileLimits#maxXlsxPartBytes()}) against files that unpack to far more than they weigh.
 */
public final class XlsxTableReader {

    private XlsxTableReader() {
    }

    /** Reads the first sheet, handing each row to {@code handler}; refuses the file with {@link TableFileRefused}. */
    public static void read(Path file, TableFileLimits limits, TableRecords handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings;
            try (InputStream in = reader.getSharedStringsData()) {
                strings = new ReadOnlySharedStringsTable(in == null
                        ? new ByteArrayInputStream("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                                .getBytes(StandardCharsets.UTF_8))
                        : new Capped(in, limits), false);
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableFileRefused("shared.file.empty");
            }
            Rows rows = new Rows(handler, limits);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new PlainFormatter(), false));
                xml.parse(new InputSource(new Capped(sheet, limits)));
            }
            if (!rows.headerSeen) {
                throw new TableFileRefused("shared.file.empty");
            }
        } catch (TableFileRefused e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof TableFileRefused refused) {
                throw refused;
            }
            throw new TableFileRefused("shared.file.xlsx-unreadable");
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof TableFileRefused refused) {
                throw refused;
            }
            throw new TableFileRefused("shared.file.xlsx-unreadable");
        }
    }

    /** Collects a row's cells by column and hands the row over when it ends. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableRecords handler;
        private final TableFileLimits limits;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int rows;
        private MessageKey flaw;

        Rows(TableRecords handler, TableFileLimits limits) {
            this.handler = handler;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            flaw = null;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (column >= limits.maxFields()) {
                if (formattedValue != null && !formattedValue.isBlank() && flaw == null) {
                    flaw = MessageKey.of("shared.row.too-many-fields", limits.maxFields());
                }
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (value.length() > limits.maxFieldLength()) {
                value = value.substring(0, limits.maxFieldLength());
                if (flaw == null) {
                    flaw = MessageKey.of("shared.row.field-too-long", column + 1, limits.maxFieldLength());
                }
            }
            cells.set(column, value);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                handler.header(List.copyOf(cells));
                return;
            }
            if (++rows > limits.maxRows()) {
                throw new TableFileRefused("shared.file.too-many-rows", limits.maxRows());
            }
            handler.record(rowNum + 1, List.copyOf(cells), flaw);
        }
    }

    /** Cell values as the import reads them: ISO dates, whole numbers in plain digits. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (Double.isFinite(value)) {
                BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
                return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Refuses the file once a part has given more uncompressed bytes than any honest loan book needs. */
    private static final class Capped extends FilterInputStream {

        private final long max;
        private long read;

        Capped(InputStream in, TableFileLimits limits) {
            super(in);
            this.max = limits.maxXlsxPartBytes();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new TableFileRefused("shared.file.xlsx-too-large");
            }
        }
    }
}

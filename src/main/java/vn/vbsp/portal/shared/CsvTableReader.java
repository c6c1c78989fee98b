package vn.vbsp.portal.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as RFC 4180 says, streaming: UTF-8 (a byte order mark may lead, any other encoding is refused at
 * the first byte that is not UTF-8), fields separated by commas, records by CRLF, LF or CR, quoted fields with
 * doubled quotes and line breaks inside. Blank lines are skipped. A quote out of place or a record too wide marks that
 * record wrong; a quote never closed, a NUL byte or too many rows refuse the file.
 */
public final class CsvTableReader {

    private final TableRecords handler;
    private final TableFileLimits limits;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int recordLine = 1;
    private int quoteLine;
    private boolean inQuotes;
    private boolean quoted;
    private boolean afterQuote;
    private boolean pendingQuote;
    private boolean skipLineFeed;
    private boolean headerSeen;
    private int rows;
    private MessageKey flaw;

    private CsvTableReader(TableRecords handler, TableFileLimits limits) {
        this.handler = handler;
        this.limits = limits;
    }

    /** Reads the whole stream, handing each record to {@code handler}; refuses the file with {@link TableFileRefused}. */
    public static void read(InputStream input, TableFileLimits limits, TableRecords handler) throws IOException {
        new CsvTableReader(handler, limits).parse(input);
    }

    /**
     * Decodes by hand rather than through a {@code Reader}, which would throw at a bad byte before handing over the
     * characters decoded ahead of it: so the line of the first byte that is not UTF-8 is known.
     */
    private void parse(InputStream input) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        skipByteOrderMark(in);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result = utf8.decode(bytes, chars, end);
            if (end && !result.isError()) {
                result = utf8.flush(chars);
            }
            chars.flip();
            while (chars.hasRemaining()) {
                accept(chars.get());
            }
            chars.clear();
            if (result.isError()) {
                throw new TableFileRefused("shared.file.encoding", line);
            }
            bytes.compact();
        }
        finish();
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }

    private void accept(char c) {
        if (c == 0) {
            throw new TableFileRefused("shared.file.binary", line);
        }
        if (pendingQuote) {
            pendingQuote = false;
            if (c == '"') {
                append('"');
                return;
            }
            inQuotes = false;
            afterQuote = true;
        }
        if (inQuotes) {
            if (c == '"') {
                pendingQuote = true;
            } else {
                if (c == '\n') {
                    line++;
                }
                append(c);
            }
            return;
        }
        if (skipLineFeed) {
            skipLineFeed = false;
            if (c == '\n') {
                return;
            }
        }
        switch (c) {
            case ',' -> endField();
            case '\r' -> {
                endRecord();
                skipLineFeed = true;
            }
            case '\n' -> endRecord();
            case '"' -> {
                if (field.isEmpty() && !quoted) {
                    inQuotes = true;
                    quoted = true;
                    quoteLine = line;
                } else {
                    misplacedQuote();
                    append(c);
                }
            }
            default -> {
                if (afterQuote) {
                    misplacedQuote();
                }
                append(c);
            }
        }
    }

    private void misplacedQuote() {
        if (flaw == null) {
            flaw = MessageKey.of("shared.row.quote");
        }
    }

    private void append(char c) {
        if (field.length() < limits.maxFieldLength()) {
            field.append(c);
        } else if (flaw == null) {
            flaw = MessageKey.of("shared.row.field-too-long", fields.size() + 1, limits.maxFieldLength());
        }
    }

    private void endField() {
        if (fields.size() < limits.maxFields()) {
            fields.add(field.toString());
        } else if (flaw == null) {
            flaw = MessageKey.of("shared.row.too-many-fields", limits.maxFields());
        }
        field.setLength(0);
        quoted = false;
        afterQuote = false;
    }

    private void endRecord() {
        boolean blank = fields.isEmpty() && field.isEmpty() && !quoted;
        endField();
        if (!blank && !fields.stream().allMatch(String::isBlank)) {
            emit();
        }
        fields.clear();
        flaw = null;
        line++;
        recordLine = line;
    }

    private void emit() {
        if (!headerSeen) {
            headerSeen = true;
            handler.header(List.copyOf(fields));
            return;
        }
        if (++rows > limits.maxRows()) {
            throw new TableFileRefused("shared.file.too-many-rows", limits.maxRows());
        }
        handler.record(recordLine, List.copyOf(fields), flaw);
    }

    private void finish() {
        if (pendingQuote) {
            pendingQuote = false;
            inQuotes = false;
            afterQuote = true;
        }
        if (inQuotes) {
            throw new TableFileRefused("shared.file.open-quote", quoteLine);
        }
        if (!fields.isEmpty() || !field.isEmpty() || quoted) {
            endRecord();
        }
        if (!headerSeen) {
            throw new TableFileRefused("shared.file.empty");
        }
    }
}

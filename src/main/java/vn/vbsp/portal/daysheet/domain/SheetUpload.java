package vn.vbsp.portal.daysheet.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.collection.CollectionDesk;
import vn.vbsp.portal.collection.DayEntry;
import vn.vbsp.portal.collection.LineProblem;
import vn.vbsp.portal.collection.PostingOutcome;
import vn.vbsp.portal.collection.SheetRefused;
import vn.vbsp.portal.shared.CsvTableReader;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.TableFileFormat;
import vn.vbsp.portal.shared.TableFileLimits;
import vn.vbsp.portal.shared.TableFileRefused;
import vn.vbsp.portal.shared.XlsxTableReader;

/**
 * A filled sheet brought back (CONTRACT §7): the whole file is read first, every cell that cannot be read is a wrong
 * line and nothing is posted; otherwise the lines go to {@link CollectionDesk#post} as one batch named by the file's
 * SHA-256, so the same file twice posts once, and the desk's own refusals come back line by line.
 */
@Service
public class SheetUpload {

    /** A commune's day is a few hundred lines; far more is not a sheet. */
    static final TableFileLimits LIMITS = new TableFileLimits(20_000, 100, 1_000, 64L * 1024 * 1024);
    private static final Logger log = LoggerFactory.getLogger(SheetUpload.class);

    private final CollectionDesk desk;

    SheetUpload(CollectionDesk desk) {
        this.desk = desk;
    }

    /** What came of an upload: the posting, or the wrong lines (nothing posted). */
    public record Result(PostingOutcome posted, List<WrongLine> wrong) {

        static Result refused(List<WrongLine> wrong) {
            return new Result(null, List.copyOf(wrong));
        }

        public boolean ok() {
            return posted != null;
        }
    }

    public Result upload(String communeCode, LocalDate date, String reason, byte[] content, String fileName, String by) {
        FilledSheet sheet = new FilledSheet();
        try {
            read(content, fileName, sheet);
        } catch (TableFileRefused e) {
            return Result.refused(List.of(new WrongLine(0, null, e.reason())));
        }
        if (!sheet.wrong().isEmpty()) {
            return Result.refused(sheet.wrong());
        }
        if (sheet.lines().isEmpty()) {
            return Result.refused(List.of(new WrongLine(0, null, MessageKey.of("daysheet.file.nothing-paid"))));
        }
        String source = "sheet-file:" + sha256(content);
        try {
            PostingOutcome outcome = desk.post(new DayEntry(communeCode, date, blankToNull(reason), source, sheet.lines()), by);
            log.info("Sheet file {} for {} on {} by {}: {} lines posted{}", fileName, communeCode, date, by,
                    outcome.linesPosted(), outcome.repeated() ? " (already posted)" : "");
            return new Result(outcome, List.of());
        } catch (SheetRefused e) {
            return Result.refused(e.problems().stream().map(SheetUpload::wrongLine).toList());
        }
    }

    private static WrongLine wrongLine(LineProblem problem) {
        return new WrongLine(problem.line(), problem.loanNo(), MessageKey.of(problem.messageKey(), problem.arguments()));
    }

    private static void read(byte[] content, String fileName, FilledSheet sheet) {
        Path file = null;
        try {
            file = Files.createTempFile("sheet-", ".upload");
            Files.write(file, content);
            if (TableFileFormat.detect(file, fileName) == TableFileFormat.XLSX) {
                XlsxTableReader.read(file, LIMITS, sheet);
            } else {
                CsvTableReader.read(new ByteArrayInputStream(content), LIMITS, sheet);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete {}", file, e);
                }
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.vbsp.portal.loanimport.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.loan.BookUpToDate;
import vn.vbsp.portal.loan.CatchUpRun;
import vn.vbsp.portal.shared.CsvTableReader;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.TableFileFormat;
import vn.vbsp.portal.shared.TableFileRefused;
import vn.vbsp.portal.shared.XlsxTableReader;

/**
 * The import of a loan-book file, start to end: the whole file is read and checked first (nothing touches the
 * database but the programme codes), then checked against the database and written in one transaction, which is
 * rolled back if any row turns out wrong; once written, the book is brought from the as-of date up to today (overdue
 * transfers and interest charges), so every report from as-of to today is right when the import says it is done.
 */
@Service
public class LoanBookImporter {

    private static final Logger log = LoggerFactory.getLogger(LoanBookImporter.class);
    /** Tables an import added at least this many rows to are analysed at once. */
    private static final int ANALYZE_FROM = 1_000;

    private final JdbcTemplate jdbc;
    private final LoanBookWriter writer;
    private final BookUpToDate book;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    LoanBookImporter(JdbcTemplate jdbc, LoanBookWriter writer, BookUpToDate book, PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.book = book;
        this.transaction = new TransactionTemplate(transactions);
        this.meters = meters;
    }

    /** Imports the file; the time it took and the rows it read are counted by outcome ({@code vbsp.import.loan-book}). */
    public ImportOutcome run(Path file, String fileName, LocalDate asOf, String username, ImportProgress progress) {
        Timer.Sample sample = Timer.start(meters);
        ImportOutcome outcome = importFile(file, fileName, asOf, username, progress);
        String status = outcome.status().name();
        sample.stop(meters.timer("vbsp.import.loan-book", "status", status));
        meters.counter("vbsp.import.loan-book.rows", "status", status).increment(outcome.rowsRead());
        return outcome;
    }

    /**
     * A large import changes the tables' sizes many times over: the planner is told at once rather than when
     * autovacuum gets to them, so the catch-up and the next sheets are not planned on the book as it was.
     */
    private void analyzeLarge(java.util.Map<String, Integer> created) {
        created.forEach((table, rows) -> {
            if (rows != null && rows >= ANALYZE_FROM) {
                jdbc.execute("analyze " + table);
            }
        });
    }

    private ImportOutcome importFile(Path file, String fileName, LocalDate asOf, String username, ImportProgress progress) {
        long started = System.nanoTime();
        BookCheck check = null;
        try {
            progress.phase("loanimport.phase.reading");
            Set<String> programmes = new HashSet<>(jdbc.queryForList("select code from programme", String.class));
            check = new BookCheck(asOf, programmes, progress::rowsRead);
            if (TableFileFormat.detect(file, fileName) == TableFileFormat.XLSX) {
                XlsxTableReader.read(file, Limits.FILE, check);
            } else {
                try (InputStream in = new Counting(Files.newInputStream(file), progress)) {
                    CsvTableReader.read(in, Limits.FILE, check);
                }
            }
            progress.rowsRead(check.records());
            if (check.records() == 0) {
                throw new ImportRefused("loanimport.file.no-rows");
            }
            BookCheck checked = check;
            LoanBookWriter.Written written = transaction.execute(status -> {
                try {
                    LoanBookWriter.Written result = writer.write(checked, asOf, username, fileName, progress);
                    if (result == null) {
                        status.setRollbackOnly();
                    }
                    return result;
                } catch (SQLException e) {
                    throw new IllegalStateException("Import of " + fileName + " failed", e);
                }
            });
            CatchUpRun caughtUp = null;
            if (written != null) {
                analyzeLarge(written.created());
                // second phase: the imported loans (and the rest of the book) brought from asOf up to today
                progress.phase("loanimport.phase.catching-up");
                caughtUp = book.bringUpToDate("IMPORT", username);
            }
            long millis = millisSince(started);
            if (written == null) {
                log.info("Loan-book import of {} as of {} by {}: {} rows, {} wrong, nothing written", fileName, asOf, username,
                        check.records(), check.wrongRows());
                return new ImportOutcome(ImportOutcome.Status.WRONG_ROWS, fileName, asOf, check.records(),
                        check.repeatedRows(), 0, java.util.Map.of(), check.wrongRows(), check.shown(), null, millis, null);
            }
            log.info("Loan-book import of {} as of {} by {}: {} rows in {} ms, created {}, {} loans already in the book",
                    fileName, asOf, username, check.records(), millis, written.created(), written.existingLoans());
            return new ImportOutcome(ImportOutcome.Status.DONE, fileName, asOf, check.records(), check.repeatedRows(),
                    written.existingLoans(), written.created(), 0, java.util.List.of(), null, millis, caughtUp);
        } catch (ImportRefused e) {
            log.info("Loan-book import of {} refused: {}", fileName, e.reason());
            return ImportOutcome.refused(fileName, asOf, check == null ? 0 : check.records(), e.reason(), millisSince(started));
        } catch (TableFileRefused e) {
            log.info("Loan-book import of {} refused: {}", fileName, e.reason());
            return ImportOutcome.refused(fileName, asOf, check == null ? 0 : check.records(), e.reason(), millisSince(started));
        } catch (IOException | UncheckedIOException e) {
            log.warn("Loan-book import of {} could not read the file", fileName, e);
            return ImportOutcome.refused(fileName, asOf, 0, MessageKey.of("loanimport.file.unreadable"), millisSince(started));
        } catch (RuntimeException e) {
            log.error("Loan-book import of {} as of {} failed; nothing was written", fileName, asOf, e);
            return ImportOutcome.refused(fileName, asOf, check == null ? 0 : check.records(),
                    MessageKey.of("loanimport.file.write-failed"), millisSince(started));
        } finally {
            progress.phase("loanimport.phase.finished");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Tells the progress how far into the file the reading is. */
    private static final class Counting extends FilterInputStream {

        private final ImportProgress progress;
        private long read;

        Counting(InputStream in, ImportProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytesRead(++read);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                progress.bytesRead(read);
            }
            return n;
        }
    }
}

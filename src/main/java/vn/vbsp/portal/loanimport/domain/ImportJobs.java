package vn.vbsp.portal.loanimport.domain;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs imports, one at a time, either in the caller's thread or in the background so that a page can follow a
 * large file's progress. Each import works on its own copy of the upload, deleted when it ends. The last
 * {@value #KEPT} jobs are remembered, each visible only to the user who started it.
 */
@Service
public class ImportJobs {

    static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final LoanBookImporter importer;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(3), runnable -> {
                Thread thread = new Thread(runnable, "loan-book-import");
                thread.setDaemon(true);
                return thread;
            });

    ImportJobs(LoanBookImporter importer) {
        this.importer = importer;
    }

    /** Runs the import now and answers when it has ended. */
    public ImportJob run(Path upload, String fileName, LocalDate asOf, String username) throws IOException {
        ImportJob job = register(upload, fileName, asOf, username);
        execute(job, upload);
        return job;
    }

    /** Starts the import in the background; empty when too many are waiting already. */
    public Optional<ImportJob> start(Path upload, String fileName, LocalDate asOf, String username) throws IOException {
        ImportJob job = register(upload, fileName, asOf, username);
        try {
            background.execute(() -> execute(job, upload));
            return Optional.of(job);
        } catch (RejectedExecutionException e) {
            delete(upload);
            synchronized (jobs) {
                jobs.remove(job.id());
            }
            return Optional.empty();
        }
    }

    /** The job, if it exists and {@code username} started it. */
    public Optional<ImportJob> find(String id, String username) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(username));
        }
    }

    private ImportJob register(Path upload, String fileName, LocalDate asOf, String username) throws IOException {
        ImportJob job = new ImportJob(username, fileName, asOf, Files.size(upload));
        synchronized (jobs) {
            jobs.put(job.id(), job);
            Iterator<ImportJob> oldest = jobs.values().iterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (oldest.next().finished()) {
                    oldest.remove();
                }
            }
        }
        return job;
    }

    private void execute(ImportJob job, Path upload) {
        try {
            job.finish(importer.run(upload, job.fileName(), job.asOf(), job.owner(), job));
        } finally {
            delete(upload);
        }
    }

    private static void delete(Path upload) {
        try {
            Files.deleteIfExists(upload);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded copy {}", upload, e);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

package vn.vbsp.portal.loanimport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One import as it runs and once it has ended, for the user who started it to follow. */
public final class ImportJob implements ImportProgress {

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String fileName;
    private final LocalDate asOf;
    private final long fileBytes;
    private final Instant startedAt = Instant.now();
    private volatile String phase = "loanimport.phase.queued";
    private volatile int rowsRead;
    private volatile long bytesRead;
    private volatile ImportOutcome outcome;

    ImportJob(String owner, String fileName, LocalDate asOf, long fileBytes) {
        this.owner = owner;
        this.fileName = fileName;
        this.asOf = asOf;
        this.fileBytes = fileBytes;
    }

    @Override
    public void phase(String phaseKey) {
        phase = phaseKey;
    }

    @Override
    public void rowsRead(int rows) {
        rowsRead = rows;
    }

    @Override
    public void bytesRead(long bytes) {
        bytesRead = bytes;
    }

    void finish(ImportOutcome result) {
        outcome = result;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String phase() {
        return phase;
    }

    public int rowsRead() {
        return rowsRead;
    }

    /** How far the reading of the file is, 0–100, or -1 when not known (an XLSX file is unpacked as it is read). */
    public int percentRead() {
        if (fileBytes <= 0 || bytesRead <= 0) {
            return -1;
        }
        return (int) Math.min(100, bytesRead * 100 / fileBytes);
    }

    public boolean finished() {
        return outcome != null;
    }

    /** The result, or null while the import runs. */
    public ImportOutcome outcome() {
        return outcome;
    }
}

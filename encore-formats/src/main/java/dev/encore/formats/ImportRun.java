package dev.encore.formats;

import dev.encore.core.domain.RecordSink;
import dev.encore.core.io.CountingInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one import: the counting sink, rejects and warnings, strict-mode failure, and progress.
 * Importers report every bad record through {@link #reject}, which throws in strict mode, so the lenient and
 * strict paths cannot disagree about what is bad. Not thread-safe: one run reads one file at a time.
 */
public final class ImportRun {
    private static final long PROGRESS_STEP = 1 << 20;

    private final String format;
    private final CountingSink sink;
    private final ImportOptions options;
    private final List<String> files = new ArrayList<>();
    private final Map<RecordType, Long> aside = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Long> rejected = new EnumMap<>(RecordType.class);
    private final List<ImportReport.Issue> rejects = new ArrayList<>();
    private final List<ImportReport.Issue> warnings = new ArrayList<>();
    private long warningCount;
    private final Map<String, Long> ignored = new LinkedHashMap<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private long totalBytes;
    private long bytesRead;
    private long lastReported;

    public ImportRun(String format, RecordSink sink, ImportOptions options) {
        if (sink == null) throw new IllegalArgumentException("sink must not be null");
        this.format = format;
        this.sink = new CountingSink(sink);
        this.options = options == null ? ImportOptions.defaults() : options;
    }

    /** The sink importers write to; it counts what passes through. */
    public RecordSink sink() {
        return sink;
    }

    public ImportOptions options() {
        return options;
    }

    /** Adds to the bytes the run will read, for progress; call before reading (twice for a file read twice). */
    public void expectBytes(long bytes) {
        totalBytes += bytes;
    }

    /** Opens a file for reading, counting its bytes into progress and noting it in the report. */
    public InputStream open(Path file) throws IOException {
        files.add(file.toString());
        return new CountingInputStream(Files.newInputStream(file), this::advance);
    }

    /** Ends a file: flushes the sink, as the {@link RecordSink} contract asks. */
    public void endFile() {
        sink.flush();
        progress(true);
    }

    /** Counts an accepted input record that is not sent to the sink by itself (e.g. a tag of a vocabulary). */
    public void acceptAside(RecordType type) {
        aside.merge(type, 1L, Long::sum);
    }

    /** A bad record: counted and kept as an example; in strict mode, thrown as an {@link ImportException}. */
    public void reject(RecordType type, String file, long line, String reason) {
        rejected.merge(type, 1L, Long::sum);
        if (rejects.size() < options.maxExamples()) rejects.add(new ImportReport.Issue(file, line, type, reason));
        if (options.strict()) throw new ImportException(file, line, reason);
    }

    /** A record accepted with a caveat (e.g. a date that was dropped); never fails the run. */
    public void warn(RecordType type, String file, long line, String reason) {
        warningCount++;
        if (warnings.size() < options.maxExamples()) warnings.add(new ImportReport.Issue(file, line, type, reason));
    }

    /** Well-formed input deliberately left out (e.g. an incognito play); counted by reason. */
    public void ignore(String reason) {
        ignored.merge(reason, 1L, Long::sum);
    }

    /** Adds to a format-specific counter shown in the report. */
    public void count(String counter, long delta) {
        counters.merge(counter, delta, Long::sum);
    }

    /** An exception for a failure that stops the run whatever the mode, carrying the report so far. */
    public ImportException fail(String file, long line, String reason) {
        return new ImportException(file, line, reason).withReport(report());
    }

    /** Reports the final progress (all bytes read, even of files skipped part-way) and returns the report. */
    public ImportReport finish() {
        bytesRead = Math.max(bytesRead, totalBytes);
        progress(true);
        return report();
    }

    /** The report of what happened so far. */
    public ImportReport report() {
        Map<RecordType, Long> accepted = new EnumMap<>(sink.counts());
        aside.forEach((type, n) -> accepted.merge(type, n, Long::sum));
        return new ImportReport(format, files, accepted, rejected, rejects, warnings, warningCount, ignored, counters);
    }

    private void progress(boolean force) {
        if (bytesRead == lastReported) return;
        if (force || bytesRead - lastReported >= PROGRESS_STEP) {
            lastReported = bytesRead;
            options.progress().onProgress(bytesRead, Math.max(totalBytes, bytesRead));
        }
    }

    /** Progress follows the bytes the parser actually pulls. */
    private void advance(long n) {
        bytesRead += n;
        if (bytesRead - lastReported >= PROGRESS_STEP) progress(false);
    }
}

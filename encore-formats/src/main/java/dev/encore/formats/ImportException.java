package dev.encore.formats;

/**
 * An import stopped: a bad record in strict mode, an unreadable file, or a usage error (missing path, missing
 * {@code --user}). The message reads {@code file:line: reason} ({@code file: reason} when no line applies).
 * {@link #report()} holds what was accepted before the stop; those records were already sent and flushed.
 */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String reason;
    private final transient ImportReport report;

    public ImportException(String file, long line, String reason) {
        this(file, line, reason, null, null);
    }

    public ImportException(String file, long line, String reason, Throwable cause) {
        this(file, line, reason, null, cause);
    }

    private ImportException(String file, long line, String reason, ImportReport report, Throwable cause) {
        super(format(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.report = report;
    }

    static String format(String file, long line, String reason) {
        if (file == null) return reason;
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    /** The same failure carrying the report of what was accepted before it. */
    public ImportException withReport(ImportReport report) {
        ImportException e = new ImportException(file, line, reason, report, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The input file (as given or found in a directory), or null for a failure not tied to a file. */
    public String file() {
        return file;
    }

    /** 1-based line of the bad record, or 0 when the failure concerns the whole file. */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** What was accepted before the failure, or null when the failure came before any reading. */
    public ImportReport report() {
        return report;
    }
}

package dev.encore.formats.encore;

/** A line the reader skipped: which file, which (1-based) line, and why. */
public record RejectedLine(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

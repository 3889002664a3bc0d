package dev.encore.formats;

/**
 * Told how far an import has read, so a CLI can draw a progress bar. {@code totalBytes} is the size of every
 * input the run will read (a file read twice counts twice); {@code bytesRead} only grows and ends equal to it.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (bytesRead, totalBytes) -> {};

    void onProgress(long bytesRead, long totalBytes);
}

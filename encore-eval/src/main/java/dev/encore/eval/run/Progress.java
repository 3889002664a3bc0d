package dev.encore.eval.run;

/**
 * Receives progress of long work (the CLI draws bars from it). {@code stage} names the step ("fit als",
 * "recommend als", "bootstrap"), {@code done} of {@code total} units are finished. May be called from several
 * worker threads at once: implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface Progress {
    void update(String stage, long done, long total);

    Progress NONE = (stage, done, total) -> {};
}

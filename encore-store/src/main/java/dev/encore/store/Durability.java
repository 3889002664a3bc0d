package dev.encore.store;

/**
 * What an acknowledged write survives. In both modes a write is acknowledged only once its transaction has
 * committed to the write-ahead log, and the database is never left half-written.
 */
public enum Durability {
    /**
     * {@code synchronous=NORMAL}: a commit survives a crash or {@code kill -9} of the process (the WAL is in the
     * OS page cache), but an OS crash or power cut may lose the last commits since the WAL was last synced.
     * This is the default: it meets the "none lost on kill -9" target at the cost of no fsync per commit.
     */
    PROCESS_CRASH,
    /** {@code synchronous=FULL}: every commit is fsynced, so it also survives power loss; slower commits. */
    POWER_LOSS
}

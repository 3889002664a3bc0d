package dev.encore.store;

/**
 * Tuning of an {@link EncoreStore}; {@link #defaults()} suits both the server and bulk imports.
 *
 * @param durability     what a committed write survives
 * @param batchRows      records a {@link StoreSink} buffers before it writes and commits them in one transaction
 * @param mergeThreshold pending listens (appended, not yet in the user-ordered table) that trigger a merge during
 *                       a flush; larger merges amortise better, smaller ones pause a flush for less time
 * @param busyTimeoutMs  how long a write waits for another process's write lock before failing
 * @param cacheMiB       SQLite page cache of the writer connection
 */
public record StoreOptions(Durability durability, int batchRows, int mergeThreshold, int busyTimeoutMs, int cacheMiB) {
    public StoreOptions {
        if (durability == null) throw new IllegalArgumentException("durability must be set (PROCESS_CRASH or POWER_LOSS)");
        if (batchRows < 1) throw new IllegalArgumentException("batchRows must be >= 1, got " + batchRows);
        if (mergeThreshold < 1) throw new IllegalArgumentException("mergeThreshold must be >= 1, got " + mergeThreshold);
        if (busyTimeoutMs < 0) throw new IllegalArgumentException("busyTimeoutMs must be >= 0, got " + busyTimeoutMs);
        if (cacheMiB < 1) throw new IllegalArgumentException("cacheMiB must be >= 1, got " + cacheMiB);
    }

    public static StoreOptions defaults() {
        return new StoreOptions(Durability.PROCESS_CRASH, 10_000, 1_000_000, 10_000, 64);
    }

    public StoreOptions withDurability(Durability d) {
        return new StoreOptions(d, batchRows, mergeThreshold, busyTimeoutMs, cacheMiB);
    }

    public StoreOptions withBatchRows(int rows) {
        return new StoreOptions(durability, rows, mergeThreshold, busyTimeoutMs, cacheMiB);
    }

    public StoreOptions withMergeThreshold(int listens) {
        return new StoreOptions(durability, batchRows, listens, busyTimeoutMs, cacheMiB);
    }
}

package dev.encore.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two-stage listen log. A commit only appends to {@code listen_inbox} (no index to update, so it costs the
 * same whatever order users arrive in); a merge then moves the inbox into {@code listens}, which is clustered by
 * (user, time, kind, item), in one sorted pass that drops duplicates (the earliest arrival wins). Inserting
 * listens of random users straight into the clustered table would dirty one page per row per commit.
 * Readers call {@link #settle()} first, so every read sees every committed, deduplicated listen.
 */
final class ListenLog {
    private static final Logger log = LoggerFactory.getLogger(ListenLog.class);
    private static final String MERGE = "INSERT OR IGNORE INTO listens (" + Rows.LISTEN_COLUMNS + ") SELECT "
            + Rows.LISTEN_COLUMNS + " FROM listen_inbox ORDER BY user_id, listened_at, item_kind, item_id, rowid";

    private final Database db;
    /** Listens this process appended since the last merge: a hint for when to merge, not a correctness input. */
    private final AtomicLong pending = new AtomicLong();

    ListenLog(Database db) {
        this.db = db;
        pending.set(db.read("count pending listens", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM listen_inbox")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }));
    }

    /** Records that {@code n} listens were committed to the inbox. */
    void appended(long n) {
        pending.addAndGet(n);
    }

    long pending() {
        return pending.get();
    }

    /** Merges when at least {@code threshold} listens are pending. */
    void mergeIfAtLeast(long threshold) {
        if (pending.get() >= threshold) merge();
    }

    /** Makes every committed listen (from this or another process) visible in {@code listens}. */
    void settle() {
        if (pending.get() > 0 || inboxHasRows()) merge();
    }

    private boolean inboxHasRows() {
        return db.read("check pending listens", c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM listen_inbox)")) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    /** Moves the inbox into {@code listens} in one transaction; returns how many listens were new. */
    long merge() {
        return db.write("merge pending listens", c -> {
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                long added = s.executeUpdate(MERGE);
                long removed = s.executeUpdate("DELETE FROM listen_inbox");
                pending.set(0);
                if (removed > 0) {
                    log.debug("merged {} pending listens ({} new) in {} ms", removed, added, (System.nanoTime() - start) / 1_000_000);
                }
                return added;
            }
        });
    }
}

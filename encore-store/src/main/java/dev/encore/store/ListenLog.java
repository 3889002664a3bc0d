package dev.encore.store;

import dev.encore.core.domain.ListenEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two-stage listen log. A commit only appends to {@code listen_inbox} (no index to update, so it costs the
 * same whatever order users arrive in); a merge then moves the inbox into {@code listens}, which is clustered by
 * (user, time, kind, item), in one sorted pass that drops duplicates (the earliest arrival wins). Inserting
 * listens of random users straight into the clustered table would dirty one page per row per commit.
 * Readers call {@link #settle()} first, so every read sees every committed, deduplicated listen.
 *
 * <p>{@code item_plays} must count exactly the listens stored. When this process appended the whole inbox and
 * the merge found no duplicate, the totals aggregated in memory at append time are added in one upsert per item;
 * otherwise the merge is redone under a temporary trigger that counts each row actually inserted.
 */
final class ListenLog {
    private static final Logger log = LoggerFactory.getLogger(ListenLog.class);
    private static final String MERGE = "INSERT OR IGNORE INTO listens (" + Rows.LISTEN_COLUMNS + ") SELECT "
            + Rows.LISTEN_COLUMNS + " FROM listen_inbox ORDER BY user_id, listened_at, item_kind, item_id, rowid";
    private static final String COUNTING_TRIGGER = "CREATE TEMP TRIGGER merge_counts_plays AFTER INSERT ON main.listens "
            + "BEGIN INSERT INTO item_plays (item_kind, item_id, plays, first_at, last_at) "
            + "VALUES (NEW.item_kind, NEW.item_id, 1, NEW.listened_at, NEW.listened_at) ON CONFLICT (item_kind, item_id) "
            + "DO UPDATE SET plays = plays + 1, first_at = min(first_at, excluded.first_at), "
            + "last_at = max(last_at, excluded.last_at); END";
    private static final String EXISTS = "SELECT 1 FROM listens WHERE user_id = ? AND listened_at = ? AND item_kind = ? AND item_id = ?";
    private static final String WATERMARK = "SELECT latest_at FROM listen_watermark";
    private static final String RAISE_WATERMARK = "UPDATE listen_watermark SET latest_at = "
            + "max(latest_at, coalesce((SELECT max(listened_at) FROM listen_inbox), latest_at))";

    private final Database db;
    private final PendingPlays pendingPlays = new PendingPlays();
    private final PendingKeys pendingKeys;
    /** Listens appended since the last merge, as far as this process knows: a hint for when to merge. */
    private final AtomicLong pending = new AtomicLong();

    ListenLog(Database db) {
        this.db = db;
        pending.set(db.read("count pending listens", ListenLog::inboxCount));
        pendingKeys = new PendingKeys(pending.get() == 0);
    }

    /** Appends listens inside the caller's write transaction; they count as pending once it commits. */
    void append(ActivityWriter writer, List<ListenEvent> listens) throws SQLException {
        writer.listens(listens);
        db.afterCommit(() -> {
            pendingPlays.add(listens);
            pending.addAndGet(listens.size());
            pendingKeys.untracked();
        });
    }

    /**
     * Appends the listens that are not duplicates (of stored listens, of pending ones, or of each other) inside the
     * caller's write transaction and returns them. Checks pending ones in memory and stored ones by primary key,
     * unless the listen is later than every stored listen (the watermark, read in this transaction so a merge by
     * another process counts); if the pending keys are not known, merges first (in the same transaction) so
     * nothing is pending.
     */
    List<ListenEvent> appendNew(ActivityWriter writer, List<ListenEvent> listens) throws SQLException {
        boolean known = pendingKeys.complete();
        if (!known) merge(); // joins our transaction; the inbox is empty from here on
        PreparedStatement stored = db.prepared(EXISTS);
        long storedUpTo = watermark();
        Set<PendingKeys.Key> seen = new HashSet<>();
        List<ListenEvent> fresh = new ArrayList<>();
        List<PendingKeys.Key> freshKeys = new ArrayList<>();
        for (ListenEvent e : listens) {
            PendingKeys.Key k = PendingKeys.Key.of(e);
            if (!seen.add(k) || (known && pendingKeys.contains(k)) || (k.at() <= storedUpTo && isStored(stored, k))) continue;
            fresh.add(e);
            freshKeys.add(k);
        }
        if (fresh.isEmpty()) return fresh;
        writer.listens(fresh);
        db.afterCommit(() -> {
            pendingPlays.add(fresh);
            pending.addAndGet(fresh.size());
            pendingKeys.addAll(freshKeys);
        });
        return fresh;
    }

    private static boolean isStored(PreparedStatement ps, PendingKeys.Key k) throws SQLException {
        ps.setString(1, k.userId());
        ps.setLong(2, k.at());
        ps.setString(3, Rows.wire(k.kind()));
        ps.setString(4, k.itemId());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private long watermark() throws SQLException {
        try (ResultSet rs = db.prepared(WATERMARK).executeQuery()) {
            return rs.next() ? rs.getLong(1) : Long.MAX_VALUE; // no row: check every listen
        }
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
            long inbox = inboxCount(c);
            long added = 0;
            if (inbox > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("SAVEPOINT merge");
                    added = s.executeUpdate(MERGE);
                    boolean fast = pendingPlays.listens() == inbox && added == inbox;
                    if (fast) {
                        pendingPlays.applyTo(db);
                    } else {
                        s.execute("ROLLBACK TO merge");
                        s.execute(COUNTING_TRIGGER);
                        added = s.executeUpdate(MERGE);
                        s.execute("DROP TRIGGER temp.merge_counts_plays");
                    }
                    s.execute("RELEASE merge");
                    s.executeUpdate(RAISE_WATERMARK);
                    s.executeUpdate("DELETE FROM listen_inbox");
                    log.debug("merged {} pending listens ({} new, {} path) in {} ms", inbox, added, fast ? "fast" : "counting",
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
            db.afterCommit(() -> {
                pendingPlays.clear();
                pendingKeys.emptied();
                pending.set(0);
            });
            return added;
        });
    }

    private static long inboxCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM listen_inbox")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}

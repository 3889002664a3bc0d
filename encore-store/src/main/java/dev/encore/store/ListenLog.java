package dev.encore.store;

import dev.encore.core.domain.ListenEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Server ingest merges in the background ({@link #mergeInBackgroundIfAtLeast}): the pending generation is frozen
 * (its keys and totals set aside, new appends start a fresh one), a merger thread sorts the frozen inbox rows into a
 * {@link MergeScratch} without the write lock, and only the ordered insert into {@code listens} and the inbox delete
 * take the lock, in one transaction. Any other merge meanwhile (synchronous, or another process's) takes every inbox
 * row itself and voids the background one ({@code listen_watermark.merges} moved on), so nothing is moved twice and
 * no reused rowid is deleted.
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
    private static final String RAISE_WATERMARK = "UPDATE listen_watermark SET merges = merges + 1, latest_at = "
            + "max(latest_at, coalesce((SELECT max(listened_at) FROM listen_inbox), latest_at))";
    private static final String MOVE_SORTED = "INSERT OR IGNORE INTO main.listens (" + Rows.LISTEN_COLUMNS + ") SELECT "
            + Rows.LISTEN_COLUMNS + " FROM " + MergeScratch.SORTED + " ORDER BY rowid";
    private static final String RAISE_WATERMARK_SORTED = "UPDATE listen_watermark SET merges = merges + 1, latest_at = "
            + "max(latest_at, coalesce((SELECT max(listened_at) FROM " + MergeScratch.SORTED + "), latest_at))";
    private static final String DELETE_MOVED = "DELETE FROM listen_inbox WHERE rowid <= ?";

    private static final String MERGES = "SELECT merges FROM listen_watermark";

    /**
     * A generation handed to a background merge: the inbox rows up to {@code maxRowid}, with their keys and totals,
     * frozen when {@code merges} merges had run.
     */
    private record Frozen(PendingKeys keys, PendingPlays plays, long rows, long maxRowid, long merges) {}

    private final Database db;
    private PendingPlays pendingPlays = new PendingPlays();
    private PendingKeys pendingKeys;
    /** Listens appended since the last merge (or freeze), as far as this process knows: a hint for when to merge. */
    private final AtomicLong pending = new AtomicLong();
    /** The generation a background merge is moving, or null. Guarded by the write lock. */
    private Frozen frozen;
    private volatile long frozenRows;
    private ExecutorService merger;
    private MergeScratch scratch;
    private volatile Future<?> background;
    private volatile Runnable beforeMove = () -> {};

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
            if (!seen.add(k) || (known && (pendingKeys.contains(k) || (frozen != null && frozen.keys().contains(k))))
                    || (k.at() <= storedUpTo && isStored(stored, k))) continue;
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

    /** Listens this process appended that are not merged yet (including any a background merge is moving). */
    long pending() {
        return pending.get() + frozenRows;
    }

    /** Merges when at least {@code threshold} listens are pending. */
    void mergeIfAtLeast(long threshold) {
        if (pending() >= threshold) merge();
    }

    /**
     * Starts a background merge when at least {@code threshold} listens are pending and none is running. Falls back
     * to a synchronous merge when the pending keys are not complete (a sink appended), when the inbox holds rows
     * this process did not append, or when twice the threshold piled up behind a running one. Call outside writes.
     */
    void mergeInBackgroundIfAtLeast(long threshold) {
        if (pending.get() < threshold) return;
        Future<?> running = background;
        if (running != null && !running.isDone()) {
            if (pending.get() >= 2 * threshold) merge();
            return;
        }
        Frozen f = db.write("freeze pending listens", this::freeze);
        if (f == null) {
            merge();
            return;
        }
        background = merger().submit(() -> moveInBackground(f));
    }

    private Frozen freeze(Connection c) throws SQLException {
        if (frozen != null || !pendingKeys.complete()) return null;
        long rows, maxRowid;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(rowid), 0) FROM listen_inbox")) {
            rs.next();
            rows = rs.getLong(1);
            maxRowid = rs.getLong(2);
        }
        if (rows == 0 || rows != pendingPlays.listens()) return null;
        // Read-only transaction under the write lock: swap generations now, nothing can roll it back.
        frozen = new Frozen(pendingKeys, pendingPlays, rows, maxRowid, merges(c));
        frozenRows = rows;
        pendingKeys = new PendingKeys(true);
        pendingPlays = new PendingPlays();
        pending.set(0);
        return frozen;
    }

    private void moveInBackground(Frozen f) {
        long start = System.nanoTime();
        try {
            scratch().sortInboxUpTo(f.maxRowid());
            beforeMove.run();
            long sorted = System.nanoTime();
            long added = db.write("merge sorted listens", c -> moveSorted(c, f));
            log.debug("merged {} pending listens in the background ({} new): sort {} ms, insert {} ms", f.rows(), added,
                    (sorted - start) / 1_000_000, (System.nanoTime() - sorted) / 1_000_000);
        } catch (SQLException | IOException | RuntimeException e) {
            // The frozen generation stays: the next merge request finds it and merges synchronously.
            log.warn("background merge of {} listens failed; the next merge runs synchronously: {}", f.rows(), e.toString());
        }
    }

    private long moveSorted(Connection c, Frozen f) throws SQLException {
        if (frozen != f || merges(c) != f.merges()) return 0;   // a merge (ours or another process's) took them meanwhile
        long added;
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT move");
            added = s.executeUpdate(MOVE_SORTED);
            if (added == f.rows()) {
                f.plays().applyTo(db);
            } else {
                s.execute("ROLLBACK TO move");
                s.execute(COUNTING_TRIGGER);
                added = s.executeUpdate(MOVE_SORTED);
                s.execute("DROP TRIGGER temp.merge_counts_plays");
            }
            s.execute("RELEASE move");
            s.executeUpdate(RAISE_WATERMARK_SORTED);
        }
        PreparedStatement delete = db.prepared(DELETE_MOVED);
        delete.setLong(1, f.maxRowid());
        delete.executeUpdate();
        db.afterCommit(() -> {
            frozen = null;
            frozenRows = 0;
        });
        return added;
    }

    private static long merges(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(MERGES)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private synchronized MergeScratch scratch() throws SQLException, IOException {
        if (scratch == null) {
            MergeScratch created = MergeScratch.create(db.file());
            try {
                db.attach(created.file(), MergeScratch.SCHEMA);
            } catch (RuntimeException e) {
                created.close();
                throw e;
            }
            scratch = created;
        }
        return scratch;
    }

    private synchronized ExecutorService merger() {
        if (merger == null) merger = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "encore-listen-merge");
            t.setDaemon(true);
            return t;
        });
        return merger;
    }

    /** For tests: runs between a background merge's sort and its move (say, to let another merge in first). */
    void beforeMove(Runnable hook) {
        beforeMove = hook;
    }

    /** For tests: background merges run on {@code executor} (say, one held back) instead of the merger thread. */
    synchronized void useMergeExecutor(ExecutorService executor) {
        merger = executor;
    }

    /** Lets a running background merge finish and stops the merger thread. Call outside writes, before closing. */
    void stopBackground() {
        ExecutorService m;
        synchronized (this) {
            m = merger;
        }
        if (m == null) return;
        m.shutdown();
        try {
            if (!m.awaitTermination(10, TimeUnit.MINUTES)) log.warn("a background listen merge did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the scratch file; call after the database is closed. */
    synchronized void deleteScratch() {
        if (scratch != null) scratch.close();
        scratch = null;
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
                    long known = pendingPlays.listens() + (frozen == null ? 0 : frozen.plays().listens());
                    boolean fast = known == inbox && added == inbox;
                    if (fast) {
                        pendingPlays.applyTo(db);
                        if (frozen != null) frozen.plays().applyTo(db);
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
                frozen = null;
                frozenRows = 0;
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

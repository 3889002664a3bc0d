package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * The two-stage listen log. A commit appends each batch of listens as one blob row to {@code listen_batches}
 * (one insert per batch, whatever the users); a merge then moves the batches into {@link ListenBlocks}, a block per
 * user, dropping duplicates (the earliest arrival wins) and adding exact per-item totals to {@code item_plays}.
 * Readers call {@link #settle()} first, so every read sees every committed, deduplicated listen.
 *
 * <p>Ingest tells new listens from duplicates as they arrive: waiting ones by their key hashes in memory
 * ({@link PendingKeys}), stored ones by reading the user's blocks, unless the listen is later than every stored
 * listen (the watermark). When every batch being merged was checked that way, the merge skips the checks.
 *
 * <p>A merge is worked out (decoded, grouped, sorted, encoded) from a snapshot, then stored under the write lock
 * if no other merge came first ({@code listen_watermark.merges} counts them, across processes). Ingest starts
 * merges in the background, so commits go on while one is worked out; reads and bulk imports merge in place.
 */
final class ListenLog {
    private static final Logger log = LoggerFactory.getLogger(ListenLog.class);
    private static final String APPEND = "INSERT INTO listen_batches (listens, data) VALUES (?, ?)";
    private static final String WATERMARK = "SELECT latest_at FROM listen_watermark";

    private final Database db;
    private final PendingKeys pendingKeys;
    /** Listens appended since the last merge, as far as this process knows: a hint for when to merge. */
    private final AtomicLong pending = new AtomicLong();

    /** Merges started by ingest, one at a time, off the writer's thread. */
    private final ExecutorService merger = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "encore-listen-merge");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean merging = new AtomicBoolean();

    ListenLog(Database db) {
        this.db = db;
        pending.set(db.read("count pending listens", ListenLog::batchedListens));
        pendingKeys = new PendingKeys(pending.get() == 0);
    }

    /** Appends listens inside the caller's write transaction, unchecked (the merge drops duplicates). */
    void append(List<ListenEvent> listens) throws SQLException {
        insertBatch(listens);
        db.afterCommit(() -> {
            pending.addAndGet(listens.size());
            pendingKeys.untracked();
        });
    }

    /**
     * Appends the listens that are not duplicates (of stored listens, of waiting ones, or of each other) inside the
     * caller's write transaction and returns them. If the waiting keys are not known, merges first (in the same
     * transaction) so nothing is waiting.
     */
    List<ListenEvent> appendNew(List<ListenEvent> listens) throws SQLException {
        boolean known = pendingKeys.complete();
        if (!known) merge(); // joins our transaction; nothing is waiting from here on
        long storedUpTo = watermark();
        int n = listens.size();
        PendingKeys.Key[] keys = new PendingKeys.Key[n];
        long[] hashes = new long[n];
        Set<PendingKeys.Key> seen = new HashSet<>();
        Map<PendingKeys.Key, Long> maybeWaiting = new HashMap<>(); // key -> its hash, which a waiting listen has
        Map<String, List<PendingKeys.Key>> older = new HashMap<>(); // keys to look up among stored listens, by user
        for (int i = 0; i < n; i++) {
            PendingKeys.Key k = PendingKeys.Key.of(listens.get(i));
            if (!seen.add(k)) continue; // a repeat within this call: keys[i] stays null
            keys[i] = k;
            hashes[i] = PendingKeys.hash(listens.get(i));
            if (known && pendingKeys.mayContain(hashes[i])) maybeWaiting.put(k, hashes[i]);
            if (k.at() <= storedUpTo) older.computeIfAbsent(k.userId(), u -> new ArrayList<>()).add(k);
        }
        Set<PendingKeys.Key> duplicates = maybeWaiting.isEmpty() ? new HashSet<>() : waitingAmong(maybeWaiting);
        if (!older.isEmpty()) duplicates.addAll(storedAmong(older));
        List<ListenEvent> fresh = new ArrayList<>(n);
        long[] freshHashes = new long[n];
        for (int i = 0; i < n; i++) {
            if (keys[i] == null || duplicates.contains(keys[i])) continue;
            freshHashes[fresh.size()] = hashes[i];
            fresh.add(listens.get(i));
        }
        if (fresh.isEmpty()) return fresh;
        long batchId = insertBatch(fresh);
        db.afterCommit(() -> {
            pending.addAndGet(fresh.size());
            pendingKeys.addBatch(batchId, freshHashes, fresh.size());
        });
        return fresh;
    }

    /** Which of these keys belong to waiting listens: decodes the batches whose hashes matched. */
    private Set<PendingKeys.Key> waitingAmong(Map<PendingKeys.Key, Long> candidates) throws SQLException {
        Set<PendingKeys.Key> out = new HashSet<>();
        PreparedStatement batch = db.prepared("SELECT data FROM listen_batches WHERE id = ?");
        for (long id : pendingKeys.batchesWith(new HashSet<>(candidates.values()))) {
            batch.setLong(1, id);
            try (ResultSet rs = batch.executeQuery()) {
                while (rs.next()) ListenCodec.decode(rs.getBytes(1), null, e -> {
                    PendingKeys.Key k = PendingKeys.Key.of(e);
                    if (candidates.containsKey(k)) out.add(k);
                });
            }
        }
        return out;
    }

    /** Appends a batch and returns its id. */
    private long insertBatch(List<ListenEvent> listens) throws SQLException {
        if (listens.isEmpty()) return 0;
        PreparedStatement ps = db.prepared(APPEND);
        ps.setInt(1, listens.size());
        ps.setBytes(2, ListenCodec.encodeWithUsers(listens));
        ps.executeUpdate();
        try (ResultSet rs = db.prepared("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Which of these keys are stored: one read of each user's blocks that overlap the keys' time span. */
    private Set<PendingKeys.Key> storedAmong(Map<String, List<PendingKeys.Key>> byUser) throws SQLException {
        Set<PendingKeys.Key> out = new HashSet<>();
        PreparedStatement overlapping = db.prepared(ListenBlocks.OVERLAPPING);
        for (Map.Entry<String, List<PendingKeys.Key>> user : byUser.entrySet())
            out.addAll(ListenBlocks.storedKeys(overlapping, user.getKey(), user.getValue()));
        return out;
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

    /**
     * Starts a background merge when at least {@code threshold} listens are pending and none is running; merges
     * here instead when four times that are pending (the background cannot keep up: this holds ingest back).
     */
    void mergeSoon(long threshold) {
        long p = pending.get();
        if (p >= 4 * threshold) merge();
        else if (p >= threshold && merging.compareAndSet(false, true)) {
            try {
                merger.execute(() -> {
                    try {
                        mergeFromSnapshot();
                    } catch (RuntimeException e) {
                        log.error("background merge of pending listens failed; the next merge retries them", e);
                    } finally {
                        merging.set(false);
                    }
                });
            } catch (RejectedExecutionException closed) {
                merging.set(false);
            }
        }
    }

    /** Makes every committed listen (from this or another process) visible in the stored blocks. */
    void settle() {
        if (pending.get() > 0 || batchesWaiting()) merge();
    }

    private boolean batchesWaiting() {
        return db.read("check pending listens", c -> Query.number(c, "SELECT EXISTS (SELECT 1 FROM listen_batches)") == 1);
    }

    /** Waits for a running background merge and stops taking new ones. */
    void close() {
        merger.shutdown();
        try {
            if (!merger.awaitTermination(5, TimeUnit.MINUTES)) log.warn("a background merge of pending listens is still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves every waiting batch into the stored blocks in one transaction; returns how many listens were new. */
    long merge() {
        return db.write("merge pending listens", c -> {
            long start = System.nanoTime();
            Prepared p = prepare(c, waiting -> pendingKeys.complete() && waiting == pending.get());
            if (p.batches() > 0) store(p);
            log.debug("merged {} pending listens ({} new, {}) in {} ms", p.waiting(), p.added(),
                    p.checked() ? "checked at ingest" : "checked now", (System.nanoTime() - start) / 1_000_000);
            db.afterCommit(() -> {
                pendingKeys.emptied();
                pending.set(0);
            });
            return p.added();
        });
    }

    /**
     * Works a merge out from a read snapshot, without the write lock, then stores it if no merge came first and
     * ingest checked every listen in it (else merges in place). Returns whether the prepared merge was stored.
     */
    boolean mergeFromSnapshot() {
        long start = System.nanoTime();
        Prepared p = workOut();
        long prepared = System.nanoTime();
        boolean stored = storeIfCurrent(p);
        log.debug("merged {} pending listens ({} new) in the background: worked out in {} ms, stored in {} ms{}", p.waiting(),
                p.added(), (prepared - start) / 1_000_000, (System.nanoTime() - prepared) / 1_000_000, stored ? "" : " (redone in place)");
        return stored;
    }

    /** The first half of {@link #mergeFromSnapshot}: works the merge out in one read transaction. */
    Prepared workOut() {
        return db.read("work out a merge of pending listens", c -> {
            c.setAutoCommit(false); // one read transaction: a consistent snapshot of batches, blocks and merge count
            try {
                return prepare(c, waiting -> true); // storeIfCurrent verifies that ingest checked them
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** The second half: stores {@code p} if it is still right, else merges in place; returns whether it stored {@code p}. */
    boolean storeIfCurrent(Prepared p) {
        return db.write("store a merge of pending listens", c -> {
            if (merges() != p.merges() || !pendingKeys.complete() || pendingKeys.listensUpTo(p.upToBatch()) != p.waiting()) {
                merge(); // another merge came first, or the batches hold listens ingest did not check: redo here
                return false;
            }
            if (p.batches() > 0) store(p);
            db.afterCommit(() -> {
                pendingKeys.mergedUpTo(p.upToBatch());
                pending.updateAndGet(n -> Math.max(0, n - p.waiting()));
            });
            return true;
        });
    }

    /** A merge worked out from one snapshot: what to store, and what it assumed. */
    record Prepared(long merges, long upToBatch, int batches, long waiting, boolean checked, List<ListenBlocks.Plan> plans,
                    Map<ItemKind, Map<String, long[]>> plays, long latest, long added) {}

    /**
     * Reads the waiting batches (and the blocks they fold into) on {@code c} and works out the merge, skipping the
     * duplicate checks when {@code checkedAtIngest} says ingest checked that many waiting listens.
     */
    private Prepared prepare(Connection c, LongPredicate checkedAtIngest) throws SQLException {
        long merges = Query.number(c, "SELECT merges FROM listen_watermark");
        Map<String, ListenCodec.Loose> byUser = new HashMap<>(); // bytes, not objects, until each user's turn
        long[] waiting = {0, 0, 0}; // listens, last batch id, batches
        Query.rows(c, "SELECT id, listens, data FROM listen_batches ORDER BY id", rs -> {
            waiting[0] += rs.getLong(2);
            waiting[1] = rs.getLong(1);
            waiting[2]++;
            ListenCodec.splitByUser(rs.getBytes(3), u -> byUser.computeIfAbsent(u, x -> new ListenCodec.Loose()));
        });
        boolean checked = checkedAtIngest.test(waiting[0]);
        List<String> users = new ArrayList<>(byUser.keySet());
        Collections.sort(users); // blocks are inserted in user order, so the index grows in order
        List<ListenBlocks.Plan> plans = new ArrayList<>(users.size());
        Map<ItemKind, Map<String, long[]>> plays = new EnumMap<>(ItemKind.class);
        long latest = Long.MIN_VALUE, added = 0;
        try (ListenBlocks.Reader blocks = new ListenBlocks.Reader(c)) {
            for (String user : users) {
                List<ListenEvent> listens = ListenCodec.decodeLoose(byUser.remove(user), user);
                listens.sort(ListenBlocks.ORDER); // stable: among equal keys the earliest arrival comes first
                if (!checked) listens = unstored(blocks, user, distinct(listens));
                if (listens.isEmpty()) continue;
                plans.add(blocks.plan(user, listens));
                for (ListenEvent e : listens) count(plays, e);
                latest = Math.max(latest, listens.get(listens.size() - 1).listenedAt().toEpochMilli());
                added += listens.size();
            }
        }
        return new Prepared(merges, waiting[1], (int) waiting[2], waiting[0], checked, plans, plays, latest, added);
    }

    /** Stores a worked-out merge inside the caller's write transaction. */
    private void store(Prepared p) throws SQLException {
        ListenBlocks.write(db, p.plans());
        applyPlays(p.plays());
        PreparedStatement bump = db.prepared("UPDATE listen_watermark SET merges = merges + 1, latest_at = max(latest_at, ?)");
        bump.setLong(1, p.latest());
        bump.executeUpdate();
        PreparedStatement delete = db.prepared("DELETE FROM listen_batches WHERE id <= ?");
        delete.setLong(1, p.upToBatch());
        delete.executeUpdate();
    }

    private long merges() throws SQLException {
        try (ResultSet rs = db.prepared("SELECT merges FROM listen_watermark").executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Drops listens equal to the one before (the list is sorted, so the earliest arrival is kept). */
    private static List<ListenEvent> distinct(List<ListenEvent> sorted) {
        List<ListenEvent> out = new ArrayList<>(sorted.size());
        for (ListenEvent e : sorted) {
            if (out.isEmpty() || ListenBlocks.ORDER.compare(out.get(out.size() - 1), e) != 0) out.add(e);
        }
        return out;
    }

    /** Drops listens the user already has stored. */
    private static List<ListenEvent> unstored(ListenBlocks.Reader blocks, String user, List<ListenEvent> listens)
            throws SQLException {
        List<PendingKeys.Key> keys = listens.stream().map(PendingKeys.Key::of).toList();
        Set<PendingKeys.Key> stored = blocks.storedKeys(user, keys);
        if (stored.isEmpty()) return listens;
        List<ListenEvent> out = new ArrayList<>(listens.size());
        for (int i = 0; i < listens.size(); i++) if (!stored.contains(keys.get(i))) out.add(listens.get(i));
        return out;
    }

    /** plays, first, last (epoch ms) per item id, per kind. */
    private static void count(Map<ItemKind, Map<String, long[]>> plays, ListenEvent e) {
        long at = e.listenedAt().toEpochMilli();
        long[] t = plays.computeIfAbsent(e.itemKind(), k -> new HashMap<>())
                .computeIfAbsent(e.itemId(), k -> new long[]{0, Long.MAX_VALUE, Long.MIN_VALUE});
        t[0]++;
        t[1] = Math.min(t[1], at);
        t[2] = Math.max(t[2], at);
    }

    private void applyPlays(Map<ItemKind, Map<String, long[]>> plays) throws SQLException {
        if (plays.isEmpty()) return;
        PreparedStatement ps = db.prepared("INSERT INTO item_plays (item_kind, item_id, plays, first_at, last_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_kind, item_id) DO UPDATE SET plays = plays + excluded.plays, "
                + "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)");
        for (Map.Entry<ItemKind, Map<String, long[]>> kind : plays.entrySet()) {
            for (Map.Entry<String, long[]> e : kind.getValue().entrySet()) {
                ps.setString(1, Rows.wire(kind.getKey()));
                ps.setString(2, e.getKey());
                ps.setLong(3, e.getValue()[0]);
                ps.setLong(4, e.getValue()[1]);
                ps.setLong(5, e.getValue()[2]);
                ps.addBatch();
            }
        }
        ps.executeBatch();
    }

    private static long batchedListens(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(sum(listens), 0) FROM listen_batches")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}

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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two-stage listen log. A commit appends each batch of listens as one blob row to {@code listen_batches}
 * (one insert per batch, whatever the users); a merge then moves the batches into {@link ListenBlocks}, a block per
 * user, dropping duplicates (the earliest arrival wins) and adding exact per-item totals to {@code item_plays}.
 * Readers call {@link #settle()} first, so every read sees every committed, deduplicated listen.
 *
 * <p>Ingest tells new listens from duplicates as they arrive: pending ones by their keys in memory
 * ({@link PendingKeys}), stored ones by reading the user's blocks, unless the listen is later than every stored
 * listen (the watermark). When every batch waiting was checked that way, the merge skips the checks.
 */
final class ListenLog {
    private static final Logger log = LoggerFactory.getLogger(ListenLog.class);
    private static final String APPEND = "INSERT INTO listen_batches (listens, data) VALUES (?, ?)";
    private static final String WATERMARK = "SELECT latest_at FROM listen_watermark";
    private static final String RAISE_WATERMARK = "UPDATE listen_watermark SET latest_at = max(latest_at, ?)";

    private final Database db;
    private final PendingKeys pendingKeys;
    /** Listens appended since the last merge, as far as this process knows: a hint for when to merge. */
    private final AtomicLong pending = new AtomicLong();

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
        Set<PendingKeys.Key> maybeWaiting = new HashSet<>();
        Map<String, List<PendingKeys.Key>> older = new HashMap<>(); // keys to look up among stored listens, by user
        for (int i = 0; i < n; i++) {
            PendingKeys.Key k = PendingKeys.Key.of(listens.get(i));
            if (!seen.add(k)) continue; // a repeat within this call: keys[i] stays null
            keys[i] = k;
            hashes[i] = PendingKeys.hash(listens.get(i));
            if (known && pendingKeys.mayContain(hashes[i])) maybeWaiting.add(k);
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
        insertBatch(fresh);
        db.afterCommit(() -> {
            pending.addAndGet(fresh.size());
            pendingKeys.addAll(freshHashes, fresh.size());
        });
        return fresh;
    }

    /** Which of these keys belong to waiting listens: decodes the waiting batches (only when a hash matched). */
    private Set<PendingKeys.Key> waitingAmong(Set<PendingKeys.Key> candidates) throws SQLException {
        Set<PendingKeys.Key> out = new HashSet<>();
        try (ResultSet rs = db.prepared("SELECT data FROM listen_batches").executeQuery()) {
            while (rs.next()) ListenCodec.decode(rs.getBytes(1), null, e -> {
                PendingKeys.Key k = PendingKeys.Key.of(e);
                if (candidates.contains(k)) out.add(k);
            });
        }
        return out;
    }

    private void insertBatch(List<ListenEvent> listens) throws SQLException {
        if (listens.isEmpty()) return;
        PreparedStatement ps = db.prepared(APPEND);
        ps.setInt(1, listens.size());
        ps.setBytes(2, ListenCodec.encodeWithUsers(listens));
        ps.executeUpdate();
    }

    /** Which of these keys are stored: one read of each user's blocks that overlap the keys' time span. */
    private Set<PendingKeys.Key> storedAmong(Map<String, List<PendingKeys.Key>> byUser) throws SQLException {
        Set<PendingKeys.Key> out = new HashSet<>();
        PreparedStatement overlapping = db.prepared(ListenBlocks.OVERLAPPING);
        for (Map.Entry<String, List<PendingKeys.Key>> user : byUser.entrySet()) {
            long from = Long.MAX_VALUE, to = Long.MIN_VALUE;
            for (PendingKeys.Key k : user.getValue()) {
                from = Math.min(from, k.at());
                to = Math.max(to, k.at());
            }
            Set<PendingKeys.Key> wanted = new HashSet<>(user.getValue());
            for (ListenEvent e : ListenBlocks.ofUser(overlapping, user.getKey(), from, to)) {
                PendingKeys.Key k = PendingKeys.Key.of(e);
                if (wanted.contains(k)) out.add(k);
            }
        }
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

    /** Makes every committed listen (from this or another process) visible in the stored blocks. */
    void settle() {
        if (pending.get() > 0 || batchesWaiting()) merge();
    }

    private boolean batchesWaiting() {
        return db.read("check pending listens", c -> Query.number(c, "SELECT EXISTS (SELECT 1 FROM listen_batches)") == 1);
    }

    /** Moves every waiting batch into the stored blocks in one transaction; returns how many listens were new. */
    long merge() {
        return db.write("merge pending listens", c -> {
            long start = System.nanoTime();
            Map<String, List<ListenEvent>> byUser = new TreeMap<>(); // users in key order: the index grows in order
            long[] waiting = {0, Long.MIN_VALUE}; // listens, last batch id
            Query.rows(c, "SELECT id, listens, data FROM listen_batches ORDER BY id", rs -> {
                waiting[0] += rs.getLong(2);
                waiting[1] = rs.getLong(1);
                ListenCodec.decode(rs.getBytes(3), null, e -> byUser.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e));
            });
            // Checked at ingest: every waiting listen was appended here by appendNew, so none is a duplicate.
            boolean checked = pendingKeys.complete() && waiting[0] == pending.get();
            long added = 0;
            if (waiting[0] > 0) {
                Map<ItemKind, Map<String, long[]>> plays = new EnumMap<>(ItemKind.class);
                long latest = Long.MIN_VALUE;
                PreparedStatement overlapping = checked ? null : db.prepared(ListenBlocks.OVERLAPPING);
                for (Map.Entry<String, List<ListenEvent>> user : byUser.entrySet()) {
                    List<ListenEvent> listens = user.getValue();
                    listens.sort(ListenBlocks.ORDER); // stable: among equal keys the earliest arrival comes first
                    if (!checked) listens = unstored(overlapping, user.getKey(), distinct(listens));
                    if (listens.isEmpty()) continue;
                    ListenBlocks.add(db, user.getKey(), listens);
                    for (ListenEvent e : listens) count(plays, e);
                    latest = Math.max(latest, listens.get(listens.size() - 1).listenedAt().toEpochMilli());
                    added += listens.size();
                }
                applyPlays(plays);
                try (PreparedStatement raise = c.prepareStatement(RAISE_WATERMARK)) {
                    raise.setLong(1, latest);
                    if (added > 0) raise.executeUpdate();
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM listen_batches WHERE id <= ?")) {
                    delete.setLong(1, waiting[1]);
                    delete.executeUpdate();
                }
                log.debug("merged {} pending listens of {} users ({} new, {}) in {} ms", waiting[0], byUser.size(), added,
                        checked ? "checked at ingest" : "checked now", (System.nanoTime() - start) / 1_000_000);
            }
            db.afterCommit(() -> {
                pendingKeys.emptied();
                pending.set(0);
            });
            return added;
        });
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
    private static List<ListenEvent> unstored(PreparedStatement overlapping, String user, List<ListenEvent> sorted)
            throws SQLException {
        List<ListenEvent> stored = ListenBlocks.ofUser(overlapping, user, sorted.get(0).listenedAt().toEpochMilli(),
                sorted.get(sorted.size() - 1).listenedAt().toEpochMilli());
        if (stored.isEmpty()) return sorted;
        Set<PendingKeys.Key> keys = new HashSet<>();
        for (ListenEvent e : stored) keys.add(PendingKeys.Key.of(e));
        List<ListenEvent> out = new ArrayList<>(sorted.size());
        for (ListenEvent e : sorted) if (!keys.contains(PendingKeys.Key.of(e))) out.add(e);
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

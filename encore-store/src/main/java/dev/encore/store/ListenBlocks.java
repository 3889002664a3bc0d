package dev.encore.store;

import dev.encore.core.domain.ListenEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The stored listens: {@code listen_blocks} holds each user's listens as blocks (see {@link ListenCodec}), each
 * sorted by {@link #ORDER}, found by (user, id). A merge adds one block per user it saw and folds it into that
 * user's newest blocks while they are no larger than it (a binary counter, so a listen is rewritten O(log n)
 * times and a user keeps O(log n) small blocks besides full ones of {@link #FULL} listens). Blocks of one user may
 * overlap in time (listens imported out of order), so reads merge what they decode.
 */
final class ListenBlocks {
    /** The order of a user's listens, which is also their identity (no two stored listens compare equal). */
    static final Comparator<ListenEvent> ORDER = Comparator.comparingLong((ListenEvent e) -> e.listenedAt().toEpochMilli())
            .thenComparing(e -> Rows.wire(e.itemKind())).thenComparing(ListenEvent::itemId);
    /** Listens of a full block, which is never rewritten. */
    static final int FULL = 4096;

    static final String INSERT = "INSERT INTO listen_blocks (user_id, first_at, last_at, listens, data) VALUES (?, ?, ?, ?, ?)";
    private static final String NEWEST = "SELECT id, listens FROM listen_blocks WHERE user_id = ? ORDER BY id DESC";
    private static final String DATA = "SELECT data FROM listen_blocks WHERE id = ?";
    private static final String DELETE = "DELETE FROM listen_blocks WHERE id = ?";
    static final String OVERLAPPING = "SELECT data FROM listen_blocks WHERE user_id = ? AND last_at >= ? AND first_at <= ?";

    /** One encoded block. */
    record Block(long firstAt, long lastAt, int listens, byte[] data) {}

    /** A user's new blocks and the stored blocks they replace: worked out by {@link Reader#plan}, stored by {@link #write}. */
    record Plan(String userId, List<Long> replaced, List<Block> blocks) {}

    private ListenBlocks() {}

    /** Sorted listens of one user as blocks of at most {@link #FULL}. */
    static List<Block> encode(List<ListenEvent> sorted) {
        List<Block> out = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += FULL) {
            List<ListenEvent> part = sorted.subList(from, Math.min(sorted.size(), from + FULL));
            out.add(new Block(part.get(0).listenedAt().toEpochMilli(), part.get(part.size() - 1).listenedAt().toEpochMilli(),
                    part.size(), ListenCodec.encodeOneUser(part)));
        }
        return out;
    }

    /** Stores plans inside the caller's write transaction. */
    static void write(Database db, List<Plan> plans) throws SQLException {
        PreparedStatement delete = db.prepared(DELETE);
        PreparedStatement insert = db.prepared(INSERT);
        for (Plan p : plans) {
            for (long id : p.replaced()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            insert(insert, p.userId(), p.blocks());
        }
        delete.executeBatch();
        insert.executeBatch();
    }

    /** Adds blocks of one user to {@code insert}'s batch (the caller executes it). */
    static void insert(PreparedStatement insert, String userId, List<Block> blocks) throws SQLException {
        for (Block b : blocks) {
            insert.setString(1, userId);
            insert.setLong(2, b.firstAt());
            insert.setLong(3, b.lastAt());
            insert.setInt(4, b.listens());
            insert.setBytes(5, b.data());
            insert.addBatch();
        }
    }

    /** Reads blocks through statements prepared once on one connection (the writer's, or a reader's snapshot). */
    static final class Reader implements AutoCloseable {
        private final PreparedStatement newest, data, overlapping;

        Reader(Connection c) throws SQLException {
            newest = c.prepareStatement(NEWEST);
            data = c.prepareStatement(DATA);
            overlapping = c.prepareStatement(OVERLAPPING);
        }

        /**
         * How to store one user's new listens (sorted by {@link #ORDER}, none stored yet): as a block that folds in
         * the user's newest blocks while they hold no more listens than it (and it stays within {@link #FULL}).
         */
        Plan plan(String userId, List<ListenEvent> sorted) throws SQLException {
            List<Long> replaced = new ArrayList<>();
            List<ListenEvent> block = sorted;
            if (block.size() < FULL) {
                int size = block.size();
                newest.setString(1, userId);
                try (ResultSet rs = newest.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(2);
                        if (n > size || size + n > FULL) break;
                        replaced.add(rs.getLong(1));
                        size += n;
                    }
                }
                if (!replaced.isEmpty()) {
                    List<ListenEvent> merged = new ArrayList<>(size);
                    merged.addAll(block);
                    for (long id : replaced) {
                        data.setLong(1, id);
                        try (ResultSet rs = data.executeQuery()) {
                            rs.next();
                            ListenCodec.decode(rs.getBytes(1), userId, merged::add);
                        }
                    }
                    merged.sort(ORDER); // a few sorted runs: TimSort merges them in linear time
                    block = merged;
                }
            }
            return new Plan(userId, replaced, encode(block));
        }

        /** Which of these keys of one user's listens are stored. */
        Set<PendingKeys.Key> storedKeys(String userId, Collection<PendingKeys.Key> keys) throws SQLException {
            return ListenBlocks.storedKeys(overlapping, userId, keys);
        }

        @Override
        public void close() throws SQLException {
            newest.close();
            data.close();
            overlapping.close();
        }
    }

    /** One user's listens with {@code from <= time <= to} (epoch ms, inclusive), sorted by {@link #ORDER}. */
    static List<ListenEvent> ofUser(Connection c, String userId, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OVERLAPPING)) {
            return ofUser(ps, userId, from, to);
        }
    }

    /** As {@link #ofUser(Connection, String, long, long)}, with {@link #OVERLAPPING} prepared by the caller. */
    static List<ListenEvent> ofUser(PreparedStatement overlapping, String userId, long from, long to) throws SQLException {
        List<ListenEvent> out = new ArrayList<>();
        overlapping.setString(1, userId);
        overlapping.setLong(2, from);
        overlapping.setLong(3, to);
        try (ResultSet rs = overlapping.executeQuery()) {
            while (rs.next()) ListenCodec.decode(rs.getBytes(1), userId, e -> {
                long at = e.listenedAt().toEpochMilli();
                if (at >= from && at <= to) out.add(e);
            });
        }
        out.sort(ORDER);
        return out;
    }

    /** Which of these keys of one user's listens are stored: one read of the blocks that overlap their time span. */
    static Set<PendingKeys.Key> storedKeys(PreparedStatement overlapping, String userId, Collection<PendingKeys.Key> keys)
            throws SQLException {
        long from = Long.MAX_VALUE, to = Long.MIN_VALUE;
        for (PendingKeys.Key k : keys) {
            from = Math.min(from, k.at());
            to = Math.max(to, k.at());
        }
        Set<PendingKeys.Key> wanted = new HashSet<>(keys), out = new HashSet<>();
        for (ListenEvent e : ofUser(overlapping, userId, from, to)) {
            PendingKeys.Key k = PendingKeys.Key.of(e);
            if (wanted.contains(k)) out.add(k);
        }
        return out;
    }

    /**
     * A user's {@code limit} latest listens, sorted by {@link #ORDER}: reads blocks newest-ending first and stops
     * once no unread block can end later than the oldest listen kept.
     */
    static List<ListenEvent> latestOfUser(Connection c, String userId, int limit) throws SQLException {
        List<ListenEvent> out = new ArrayList<>();
        if (limit <= 0) return out;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_at, data FROM listen_blocks WHERE user_id = ? ORDER BY last_at DESC")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (out.size() >= limit) {
                        out.sort(ORDER);
                        out.subList(0, out.size() - limit).clear();
                        if (rs.getLong(1) < out.get(0).listenedAt().toEpochMilli()) break;
                    }
                    ListenCodec.decode(rs.getBytes(2), userId, out::add);
                }
            }
        }
        out.sort(ORDER);
        if (out.size() > limit) out.subList(0, out.size() - limit).clear();
        return out;
    }

    /** Every stored listen, in no particular order (a training or statistics scan). */
    static void forEach(Connection c, Consumer<? super ListenEvent> sink) throws SQLException {
        Query.rows(c, "SELECT user_id, data FROM listen_blocks", rs -> ListenCodec.decode(rs.getBytes(2), rs.getString(1), sink));
    }

    /** Every user's listens, users in id order, each user's sorted by {@link #ORDER}; memory holds one user's. */
    static void forEachUser(Connection c, BiConsumer<String, List<ListenEvent>> sink) throws SQLException {
        List<ListenEvent> current = new ArrayList<>();
        String[] user = {null};
        Query.rows(c, "SELECT user_id, data FROM listen_blocks ORDER BY user_id, id", rs -> {
            String u = rs.getString(1);
            if (!u.equals(user[0])) {
                flush(user[0], current, sink);
                user[0] = u;
            }
            ListenCodec.decode(rs.getBytes(2), u, current::add);
        });
        flush(user[0], current, sink);
    }

    private static void flush(String user, List<ListenEvent> listens, BiConsumer<String, List<ListenEvent>> sink) {
        if (user == null || listens.isEmpty()) return;
        listens.sort(ORDER);
        sink.accept(user, List.copyOf(listens));
        listens.clear();
    }
}

package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads of the listening history. Every read first settles the listen log, so it sees every committed listen
 * exactly once. Time ranges are half-open, {@code [from, to)}, at millisecond precision.
 */
public final class HistoryRepository {
    private static final String SELECT = "SELECT " + Rows.LISTEN_COLUMNS + " FROM listens";
    private final Database db;
    private final ListenLog log;

    HistoryRepository(Database db, ListenLog log) {
        this.db = db;
        this.log = log;
    }

    /** Streams every listen ordered by user, then time, with constant memory (a cursor over the clustered table). */
    public void forEachListen(Consumer<? super ListenEvent> sink) {
        log.settle();
        db.read("scan listens", c -> {
            Query.each(c, SELECT + " ORDER BY user_id, listened_at, item_kind, item_id", Rows::listen, sink);
            return null;
        });
    }

    /** Streams one user's listens in {@code [from, to)}, oldest first. */
    public void forEachListen(String userId, Instant from, Instant to, Consumer<? super ListenEvent> sink) {
        requireRange(from, to);
        log.settle();
        db.read("scan listens of user " + userId, c -> {
            Query.each(c, SELECT + " WHERE user_id = ? AND listened_at >= ? AND listened_at < ? ORDER BY listened_at, item_kind, item_id",
                    Rows::listen, sink, userId, from.toEpochMilli(), to.toEpochMilli());
            return null;
        });
    }

    /** One user's listens in {@code [from, to)}, oldest first (e.g. a year for the yearly review). */
    public List<ListenEvent> listens(String userId, Instant from, Instant to) {
        List<ListenEvent> out = new java.util.ArrayList<>();
        forEachListen(userId, from, to, out::add);
        return out;
    }

    /** A user's {@code limit} most recent listens, newest first. */
    public List<ListenEvent> recent(String userId, int limit) {
        log.settle();
        return db.read("load recent listens of user " + userId, c -> Query.list(c,
                SELECT + " WHERE user_id = ? ORDER BY listened_at DESC, item_kind DESC, item_id DESC LIMIT ?",
                Rows::listen, userId, limit));
    }

    /** The number of stored listens (duplicates never count). */
    public long count() {
        log.settle();
        return db.read("count listens", c -> Query.number(c, "SELECT coalesce(sum(plays), 0) FROM item_plays"));
    }

    /** Plays of one item, or empty if it was never played. */
    public Optional<ItemPlays> plays(ItemKind kind, String itemId) {
        log.settle();
        return db.read("load plays of " + Rows.wire(kind) + " " + itemId, c -> Query.one(c,
                "SELECT * FROM item_plays WHERE item_kind = ? AND item_id = ?", HistoryRepository::itemPlays, Rows.wire(kind), itemId));
    }

    /** Number of plays of one item; 0 if it was never played. */
    public long playCount(ItemKind kind, String itemId) {
        return plays(kind, itemId).map(ItemPlays::plays).orElse(0L);
    }

    /** The {@code limit} most played items of a kind, then by id. */
    public List<ItemPlays> mostPlayed(ItemKind kind, int limit) {
        log.settle();
        return db.read("load most played " + Rows.wire(kind) + "s", c -> Query.list(c,
                "SELECT * FROM item_plays WHERE item_kind = ? ORDER BY plays DESC, item_id LIMIT ?",
                HistoryRepository::itemPlays, Rows.wire(kind), limit));
    }

    /** Streams the plays of every item of a kind, by id. */
    public void forEachItemPlays(ItemKind kind, Consumer<? super ItemPlays> sink) {
        log.settle();
        db.read("scan plays of " + Rows.wire(kind) + "s", c -> {
            Query.each(c, "SELECT * FROM item_plays WHERE item_kind = ? ORDER BY item_id", HistoryRepository::itemPlays, sink, Rows.wire(kind));
            return null;
        });
    }

    private static ItemPlays itemPlays(ResultSet rs) throws SQLException {
        return new ItemPlays(Rows.kind(rs.getString("item_kind")), rs.getString("item_id"), rs.getLong("plays"),
                Instant.ofEpochMilli(rs.getLong("first_at")), Instant.ofEpochMilli(rs.getLong("last_at")));
    }

    private static void requireRange(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("time range ends (" + to + ") before it starts (" + from + ")");
    }
}

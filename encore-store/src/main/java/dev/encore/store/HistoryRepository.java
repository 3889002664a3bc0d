package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads of the listening history. Every read first settles the listen log, so it sees every committed listen
 * exactly once. Time ranges are half-open, {@code [from, to)}, at millisecond precision.
 */
public final class HistoryRepository {
    private final Database db;
    private final ListenLog log;

    HistoryRepository(Database db, ListenLog log) {
        this.db = db;
        this.log = log;
    }

    /** Streams every listen ordered by user, then time; memory holds one user's listens at a time. */
    public void forEachListen(Consumer<? super ListenEvent> sink) {
        log.settle();
        db.read("scan listens", c -> {
            ListenBlocks.forEachUser(c, (user, listens) -> listens.forEach(sink));
            return null;
        });
    }

    /** Passes one user's listens in {@code [from, to)} to {@code sink}, oldest first (decoded as one list: a user's range is small). */
    public void forEachListen(String userId, Instant from, Instant to, Consumer<? super ListenEvent> sink) {
        listens(userId, from, to).forEach(sink);
    }

    /** One user's listens in {@code [from, to)}, oldest first (e.g. a year for the yearly review). */
    public List<ListenEvent> listens(String userId, Instant from, Instant to) {
        requireRange(from, to);
        if (!to.isAfter(from)) return List.of();
        log.settle();
        return db.read("load listens of user " + userId,
                c -> ListenBlocks.ofUser(c, userId, from.toEpochMilli(), Math.subtractExact(to.toEpochMilli(), 1)));
    }

    /** A user's {@code limit} most recent listens, newest first. */
    public List<ListenEvent> recent(String userId, int limit) {
        log.settle();
        List<ListenEvent> latest = db.read("load recent listens of user " + userId, c -> ListenBlocks.latestOfUser(c, userId, limit));
        Collections.reverse(latest);
        return latest;
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

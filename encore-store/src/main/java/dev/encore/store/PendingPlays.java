package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-item play totals of listens appended to the inbox since the last merge, aggregated in memory as they
 * commit, so a merge without duplicates adds them to {@code item_plays} in one upsert per item instead of one per
 * listen. Guarded by the database write lock (every method runs inside a write).
 */
final class PendingPlays {
    static final String UPSERT = "INSERT INTO item_plays (item_kind, item_id, plays, first_at, last_at) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (item_kind, item_id) DO UPDATE SET plays = plays + excluded.plays, "
            + "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)";

    /** plays, first, last (epoch ms) per item id, per kind (no key object per listen). */
    private final Map<ItemKind, Map<String, long[]>> totals = new EnumMap<>(ItemKind.class);
    private long listens;

    /** Listens aggregated since the last {@link #clear()}. */
    long listens() {
        return listens;
    }

    void add(List<ListenEvent> events) {
        for (ListenEvent e : events) {
            long at = e.listenedAt().toEpochMilli();
            long[] t = totals.computeIfAbsent(e.itemKind(), k -> new HashMap<>())
                    .computeIfAbsent(e.itemId(), k -> new long[]{0, Long.MAX_VALUE, Long.MIN_VALUE});
            t[0]++;
            t[1] = Math.min(t[1], at);
            t[2] = Math.max(t[2], at);
        }
        listens += events.size();
    }

    void clear() {
        totals.clear();
        listens = 0;
    }

    /** Adds the totals to {@code item_plays}. */
    void applyTo(Database db) throws SQLException {
        if (totals.isEmpty()) return;
        PreparedStatement ps = db.prepared(UPSERT);
        for (Map.Entry<ItemKind, Map<String, long[]>> kind : totals.entrySet()) {
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
}

package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the user × item {@link Interactions} a trainer needs straight from the store, in one pass over each
 * signal table: listens (weighted by the share of the item's duration played), aggregated play counts, then
 * feedback (bans and exclusions remove cells). Besides the matrix being built, memory holds one small entry per
 * catalog track or episode (duration, primary artist): a hash lookup per listen costs far less than a join.
 */
public final class TrainingData {
    private record Meta(long durationMs, String artistId) {}

    private final Database db;
    private final ListenLog log;

    TrainingData(Database db, ListenLog log) {
        this.db = db;
        this.log = log;
    }

    /** Interactions of users with items of {@code kind} (TRACK, ARTIST or EPISODE), with fresh id maps. */
    public Interactions interactions(ItemKind kind, ConfidenceWeighting weighting) {
        return interactions(kind, weighting, new IdMap(), new IdMap());
    }

    /**
     * As {@link #interactions(ItemKind, ConfidenceWeighting)}, extending existing id maps so rows and columns keep
     * the indices of a model trained earlier. For ARTIST, a track listen counts for the track's primary artist
     * (with the track's duration); listens of tracks missing from the catalog count with full weight for TRACK
     * and are left out for ARTIST (their artist is unknown).
     */
    public Interactions interactions(ItemKind kind, ConfidenceWeighting weighting, IdMap users, IdMap items) {
        if (kind != ItemKind.TRACK && kind != ItemKind.ARTIST && kind != ItemKind.EPISODE)
            throw new IllegalArgumentException("interactions can be built for track, artist or episode items, not "
                    + kind.wire() + "; pick one of those kinds");
        InteractionsBuilder builder = new InteractionsBuilder(weighting, users, items);
        String wire = Rows.wire(kind);
        log.settle();
        db.read("build " + wire + " interactions", c -> {
            Map<String, Meta> catalog = catalog(c, kind);
            ListenBlocks.forEachUser(c, (user, listens) -> {
                for (ListenEvent e : listens) {
                    boolean artistOfTrack = kind == ItemKind.ARTIST && e.itemKind() == ItemKind.TRACK;
                    if (e.itemKind() != kind && !artistOfTrack) continue;
                    String item = e.itemId();
                    Meta meta = kind == ItemKind.ARTIST && !artistOfTrack ? null : catalog.get(item);
                    if (artistOfTrack) {
                        if (meta == null || meta.artistId() == null) continue;
                        item = meta.artistId();
                    }
                    long duration = meta == null ? 0 : meta.durationMs();
                    builder.add(user, item, weighting.playWeight(e.msPlayed(), duration, e.skipped()));
                }
            });
            Query.each(c, "SELECT * FROM play_counts WHERE item_kind = ? ORDER BY user_id, item_id", Rows::playCount,
                    builder::playCount, wire);
            Query.each(c, "SELECT * FROM feedback WHERE item_kind = ? ORDER BY user_id, item_id", Rows::feedback,
                    builder::feedback, wire);
            return null;
        });
        return builder.build();
    }

    /** Duration and primary artist of every track (TRACK, ARTIST) or episode (EPISODE). */
    private static Map<String, Meta> catalog(Connection c, ItemKind kind) throws SQLException {
        Map<String, Meta> out = new HashMap<>();
        String sql = kind == ItemKind.EPISODE ? "SELECT id, duration_ms, NULL FROM episodes"
                : "SELECT id, duration_ms, primary_artist_id FROM tracks";
        Query.rows(c, sql, rs -> out.put(rs.getString(1), new Meta(rs.getLong(2), rs.getString(3))));
        return out;
    }
}

package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.Interactions;
import dev.encore.core.matrix.InteractionsBuilder;

/**
 * Builds the user × item {@link Interactions} a trainer needs straight from the store, in one pass over each
 * signal table with constant memory besides the matrix being built: listens (weighted by the share of the item's
 * duration played, via the catalog), aggregated play counts, then feedback (bans and exclusions remove cells).
 */
public final class TrainingData {
    /** Track listens with the track's duration (unknown tracks get no duration, hence full play weight). */
    private static final String TRACK_LISTENS = "SELECT l.user_id, l.item_id, l.ms_played, l.skipped, t.duration_ms "
            + "FROM listens l LEFT JOIN tracks t ON t.id = l.item_id WHERE l.item_kind = 'track'";
    private static final String EPISODE_LISTENS = "SELECT l.user_id, l.item_id, l.ms_played, l.skipped, e.duration_ms "
            + "FROM listens l LEFT JOIN episodes e ON e.id = l.item_id WHERE l.item_kind = 'episode'";
    /** A track listen counts for the track's primary artist (share of the track's duration); artist listens as they are. */
    private static final String ARTIST_LISTENS = "SELECT l.user_id, "
            + "CASE WHEN l.item_kind = 'track' THEN t.primary_artist_id ELSE l.item_id END, l.ms_played, l.skipped, "
            + "CASE WHEN l.item_kind = 'track' THEN t.duration_ms END "
            + "FROM listens l LEFT JOIN tracks t ON l.item_kind = 'track' AND t.id = l.item_id "
            + "WHERE l.item_kind IN ('track', 'artist')";

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
     * the indices of a model trained earlier. Listens of tracks missing from the catalog count with full weight for
     * TRACK and are left out for ARTIST (their artist is unknown).
     */
    public Interactions interactions(ItemKind kind, ConfidenceWeighting weighting, IdMap users, IdMap items) {
        String listens = switch (kind) {
            case TRACK -> TRACK_LISTENS;
            case ARTIST -> ARTIST_LISTENS;
            case EPISODE -> EPISODE_LISTENS;
            default -> throw new IllegalArgumentException("interactions can be built for track, artist or episode items, not "
                    + kind.wire() + "; pick one of those kinds");
        };
        InteractionsBuilder builder = new InteractionsBuilder(weighting, users, items);
        String wire = Rows.wire(kind);
        log.settle();
        db.read("build " + wire + " interactions", c -> {
            Query.rows(c, listens, rs -> {
                String item = rs.getString(2);
                if (item == null) return;
                long ms = rs.getLong(3);
                if (rs.wasNull()) ms = -1;
                boolean skipped = rs.getInt(4) != 0;
                long duration = rs.getLong(5);
                builder.add(rs.getString(1), item, weighting.playWeight(ms, duration, skipped));
            });
            Query.each(c, "SELECT * FROM play_counts WHERE item_kind = ? ORDER BY user_id, item_id", Rows::playCount,
                    builder::playCount, wire);
            Query.each(c, "SELECT * FROM feedback WHERE item_kind = ? ORDER BY user_id, item_id", Rows::feedback,
                    builder::feedback, wire);
            return null;
        });
        return builder.build();
    }
}

package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editorial pools (tables of {@code V003__editorial.sql}): the editor's candidates with pins, the impressions
 * served to listeners, and per-placement outcomes joined from the listen log.
 */
public final class EditorialRepository {
    /** A candidate in editor order; {@code pin} is the 1-based position the editor fixed, or null. */
    public record Entry(String trackId, Integer pin) {}

    public record Pool(String id, String title, String description, int size, double fixedRatio, Instant updatedAt,
                       String updatedBy, List<Entry> tracks) {
        public Pool {
            tracks = List.copyOf(tracks);
        }
    }

    /** One track shown to one listener: its position and slot kind (pinned, fixed or personalised). */
    public record Impression(String trackId, int position, String slot) {}

    /**
     * How a track did in one slot kind: how often it was shown, to how many listeners, and their streams and skips
     * of it from its first showing to {@code window} after its last showing to them.
     */
    public record PlacementOutcome(String trackId, String slot, long impressions, long listeners, long streams,
                                   long skips, double averagePosition) {}

    private final EncoreStore store;

    private EditorialRepository(EncoreStore store) {
        this.store = store;
    }

    public static EditorialRepository of(EncoreStore store) {
        return new EditorialRepository(store);
    }

    /** Creates or replaces the pool and its candidates in one transaction. */
    public void save(Pool p) {
        SideConnection.with(store, "save editorial pool " + p.id(), c -> SideConnection.transaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO editorial_pools VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description, "
                    + "size = excluded.size, fixed_ratio = excluded.fixed_ratio, updated_at = excluded.updated_at, "
                    + "updated_by = excluded.updated_by")) {
                ps.setString(1, p.id());
                ps.setString(2, p.title());
                Jdbc.text(ps, 3, p.description());
                ps.setInt(4, p.size());
                ps.setDouble(5, p.fixedRatio());
                ps.setLong(6, p.updatedAt().toEpochMilli());
                Jdbc.text(ps, 7, p.updatedBy());
                ps.executeUpdate();
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM editorial_pool_tracks WHERE pool_id = ?")) {
                del.setString(1, p.id());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO editorial_pool_tracks VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < p.tracks().size(); i++) {
                    Entry e = p.tracks().get(i);
                    ins.setString(1, p.id());
                    ins.setInt(2, i);
                    ins.setString(3, e.trackId());
                    if (e.pin() == null) ins.setNull(4, java.sql.Types.INTEGER);
                    else ins.setInt(4, e.pin());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }));
    }

    public Optional<Pool> pool(String id) {
        return SideConnection.with(store, "load editorial pool " + id, c -> {
            Optional<Pool> head = Query.one(c, "SELECT * FROM editorial_pools WHERE id = ?", rs -> head(rs, List.of()), id);
            if (head.isEmpty()) return head;
            List<Entry> tracks = Query.list(c, "SELECT track_id, pin FROM editorial_pool_tracks WHERE pool_id = ? ORDER BY rank",
                    rs -> new Entry(rs.getString(1), (Integer) rs.getObject(2)), id);
            Pool h = head.get();
            return Optional.of(new Pool(h.id(), h.title(), h.description(), h.size(), h.fixedRatio(), h.updatedAt(), h.updatedBy(), tracks));
        });
    }

    /** Every pool by id, without their tracks (see {@link #pool}); {@link #trackCounts()} gives their sizes. */
    public List<Pool> pools() {
        return SideConnection.with(store, "list editorial pools",
                c -> Query.list(c, "SELECT * FROM editorial_pools ORDER BY id", rs -> head(rs, List.of())));
    }

    /** Candidates per pool id. */
    public Map<String, Long> trackCounts() {
        return SideConnection.with(store, "count editorial candidates", c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            Query.rows(c, "SELECT pool_id, count(*) FROM editorial_pool_tracks GROUP BY pool_id ORDER BY pool_id",
                    rs -> out.put(rs.getString(1), rs.getLong(2)));
            return out;
        });
    }

    private static Pool head(java.sql.ResultSet rs, List<Entry> tracks) throws SQLException {
        return new Pool(rs.getString("id"), rs.getString("title"), rs.getString("description"), rs.getInt("size"),
                rs.getDouble("fixed_ratio"), Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getString("updated_by"), tracks);
    }

    /** Records what {@code userId} was shown on {@code day}; showing the same track again that day adds nothing. */
    public void recordImpressions(String poolId, String userId, LocalDate day, Instant at, List<Impression> shown) {
        SideConnection.with(store, "record editorial impressions of " + poolId, c -> SideConnection.transaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO editorial_impressions VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Impression i : shown) {
                    ps.setString(1, poolId);
                    ps.setString(2, userId);
                    ps.setString(3, day.toString());
                    ps.setString(4, i.trackId());
                    ps.setInt(5, i.position());
                    ps.setString(6, i.slot());
                    ps.setLong(7, at.toEpochMilli());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }));
    }

    /**
     * Outcomes per (track, slot) of the pool, most shown first. A listener's listen of a track counts for its
     * placement when it falls between the first time the track was shown to them and {@code window} after the
     * last time; a skipped listen is a skip, any other a stream.
     */
    public List<PlacementOutcome> outcomes(String poolId, Duration window) {
        store.settle();
        long w = window.toMillis();
        return SideConnection.with(store, "compute editorial outcomes of " + poolId, c -> {
            Map<String, List<Placed>> byUser = new LinkedHashMap<>();
            Query.rows(c, "SELECT user_id, track_id, slot, min(served_at), max(served_at), count(*), avg(position) "
                    + "FROM editorial_impressions WHERE pool_id = ? GROUP BY user_id, track_id, slot", rs -> byUser
                    .computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                    .add(new Placed(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getDouble(7))), poolId);
            Map<List<String>, double[]> totals = new HashMap<>(); // shown, listeners, streams, skips, position x shown
            for (Map.Entry<String, List<Placed>> user : byUser.entrySet()) {
                long from = user.getValue().stream().mapToLong(Placed::firstAt).min().orElseThrow();
                long to = user.getValue().stream().mapToLong(p -> p.lastAt() + w - 1).max().orElseThrow();
                List<ListenEvent> heard = ListenBlocks.ofUser(c, user.getKey(), from, to);
                for (Placed p : user.getValue()) {
                    double[] t = totals.computeIfAbsent(List.of(p.trackId(), p.slot()), k -> new double[5]);
                    t[0] += p.shown();
                    t[1]++;
                    t[4] += p.position() * p.shown();
                    for (ListenEvent e : heard) {
                        long at = e.listenedAt().toEpochMilli();
                        boolean placedTrack = e.itemKind() == ItemKind.TRACK && e.itemId().equals(p.trackId());
                        if (placedTrack && at >= p.firstAt() && at < p.lastAt() + w) t[e.skipped() ? 3 : 2]++;
                    }
                }
            }
            List<PlacementOutcome> out = new ArrayList<>();
            totals.forEach((k, t) -> out.add(new PlacementOutcome(k.get(0), k.get(1), (long) t[0], (long) t[1], (long) t[2],
                    (long) t[3], t[4] / t[0])));
            out.sort(Comparator.comparingLong(PlacementOutcome::impressions).reversed()
                    .thenComparing(PlacementOutcome::trackId).thenComparing(PlacementOutcome::slot));
            return out;
        });
    }

    /** One listener's impressions of a track in a slot kind. */
    private record Placed(String trackId, String slot, long firstAt, long lastAt, long shown, double position) {}
}

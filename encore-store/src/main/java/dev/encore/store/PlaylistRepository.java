package dev.encore.store;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Playlists with their items and reasons: save (replacing), load by id, list by owner and kind, delete. */
public final class PlaylistRepository {
    private final Database db;
    private final PlaylistWriter writer;

    PlaylistRepository(Database db) {
        this.db = db;
        this.writer = new PlaylistWriter(db);
    }

    /** Saves (or replaces) a playlist and its items in one committed transaction. */
    public void save(Playlist playlist) {
        db.write("save playlist " + playlist.id(), c -> {
            writer.save(List.of(playlist));
            return null;
        });
    }

    public Optional<Playlist> playlist(String id) {
        return db.read("load playlist " + id, c -> {
            List<Playlist> found = load(c, "SELECT * FROM playlists WHERE id = ?", id);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** Playlists owned by a user, of one kind (every kind when null), by period (newest first), then id. */
    public List<Playlist> byOwner(String ownerId, PlaylistKind kind) {
        return kind == null
                ? db.read("list playlists of " + ownerId, c -> load(c, "SELECT * FROM playlists WHERE owner_id = ? "
                + "ORDER BY period IS NULL, period DESC, id", ownerId))
                : db.read("list playlists of " + ownerId, c -> load(c, "SELECT * FROM playlists WHERE owner_id = ? AND kind = ? "
                + "ORDER BY period IS NULL, period DESC, id", ownerId, wire(kind)));
    }

    /** All playlists of a kind (e.g. every editorial playlist), by period (newest first), then id. */
    public List<Playlist> byKind(PlaylistKind kind) {
        return db.read("list " + wire(kind) + " playlists", c -> load(c,
                "SELECT * FROM playlists WHERE kind = ? ORDER BY period IS NULL, period DESC, id", wire(kind)));
    }

    /** Deletes a playlist; returns whether it existed. */
    public boolean delete(String id) {
        return db.write("delete playlist " + id, c -> writer.delete(id));
    }

    private static List<Playlist> load(Connection c, String sql, Object... params) throws SQLException {
        List<Playlist> heads = Query.list(c, sql, PlaylistRepository::head, params);
        List<Playlist> out = new ArrayList<>(heads.size());
        for (Playlist h : heads) {
            List<PlaylistItem> items = Query.list(c, "SELECT item_kind, item_id, reason FROM playlist_items "
                            + "WHERE playlist_id = ? ORDER BY position",
                    rs -> new PlaylistItem(Rows.kind(rs.getString(1)), rs.getString(2), rs.getString(3)), h.id());
            out.add(new Playlist(h.id(), h.ownerId(), h.title(), h.description(), h.kind(), h.period(), items, h.source()));
        }
        return out;
    }

    private static Playlist head(ResultSet rs) throws SQLException {
        return new Playlist(rs.getString("id"), rs.getString("owner_id"), rs.getString("title"), rs.getString("description"),
                PlaylistKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("period"), List.of(),
                rs.getString("source"));
    }

    private static String wire(PlaylistKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}

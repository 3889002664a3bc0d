package dev.encore.store;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Saves playlists inside the caller's transaction; saving replaces the stored playlist and all its items. */
final class PlaylistWriter {
    private static final String PLAYLIST = "INSERT OR REPLACE INTO playlists (id, owner_id, title, description, kind, period, source) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String ITEM = "INSERT INTO playlist_items (playlist_id, position, item_kind, item_id, reason) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final Database db;

    PlaylistWriter(Database db) {
        this.db = db;
    }

    void save(List<Playlist> playlists) throws SQLException {
        Map<String, Playlist> last = new LinkedHashMap<>();
        for (Playlist p : playlists) last.put(p.id(), p);
        PreparedStatement head = db.prepared(PLAYLIST);
        PreparedStatement clear = db.prepared("DELETE FROM playlist_items WHERE playlist_id = ?");
        PreparedStatement item = db.prepared(ITEM);
        for (Playlist p : last.values()) {
            head.setString(1, p.id());
            Jdbc.text(head, 2, p.ownerId());
            head.setString(3, p.title());
            Jdbc.text(head, 4, p.description());
            head.setString(5, p.kind().name().toLowerCase(Locale.ROOT));
            Jdbc.text(head, 6, p.period());
            Jdbc.text(head, 7, p.source());
            head.addBatch();
            clear.setString(1, p.id());
            clear.addBatch();
            List<PlaylistItem> items = p.items();
            for (int i = 0; i < items.size(); i++) {
                PlaylistItem it = items.get(i);
                item.setString(1, p.id());
                item.setInt(2, i);
                item.setString(3, Rows.wire(it.itemKind()));
                item.setString(4, it.itemId());
                Jdbc.text(item, 5, it.reason());
                item.addBatch();
            }
        }
        head.executeBatch();
        clear.executeBatch();
        item.executeBatch();
    }

    /** Deletes a playlist and its items; returns whether it existed. */
    boolean delete(String id) throws SQLException {
        PreparedStatement items = db.prepared("DELETE FROM playlist_items WHERE playlist_id = ?");
        items.setString(1, id);
        items.executeUpdate();
        PreparedStatement head = db.prepared("DELETE FROM playlists WHERE id = ?");
        head.setString(1, id);
        return head.executeUpdate() > 0;
    }
}

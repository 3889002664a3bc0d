package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts catalog records and users inside the caller's transaction. Upserts merge: a field the new record leaves
 * unknown (null, an empty list, a zero duration) keeps the stored value; every known field overwrites it. So
 * re-importing the same data changes nothing, and a sparse record (a listen's track stub) never erases a rich one.
 */
final class CatalogWriter {
    private static final String ARTIST = "INSERT INTO artists (id, name, country, tags, source) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = coalesce(excluded.country, country), "
            + "tags = coalesce(excluded.tags, tags), source = coalesce(excluded.source, source)";
    private static final String ALBUM = "INSERT INTO albums (id, title, artist_ids, release_date, source) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, artist_ids = coalesce(excluded.artist_ids, artist_ids), "
            + "release_date = coalesce(excluded.release_date, release_date), source = coalesce(excluded.source, source)";
    private static final String TRACK = "INSERT INTO tracks (id, title, artist_ids, primary_artist_id, album_id, duration_ms, "
            + "release_date, explicit, isrc, tags, tempo, energy, valence, danceability, acousticness, instrumentalness, "
            + "loudness, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            + "title = excluded.title, artist_ids = coalesce(excluded.artist_ids, artist_ids), "
            + "primary_artist_id = coalesce(excluded.primary_artist_id, primary_artist_id), "
            + "album_id = coalesce(excluded.album_id, album_id), duration_ms = coalesce(excluded.duration_ms, duration_ms), "
            + "release_date = coalesce(excluded.release_date, release_date), explicit = excluded.explicit, "
            + "isrc = coalesce(excluded.isrc, isrc), tags = coalesce(excluded.tags, tags), "
            + "tempo = coalesce(excluded.tempo, tempo), energy = coalesce(excluded.energy, energy), "
            + "valence = coalesce(excluded.valence, valence), danceability = coalesce(excluded.danceability, danceability), "
            + "acousticness = coalesce(excluded.acousticness, acousticness), "
            + "instrumentalness = coalesce(excluded.instrumentalness, instrumentalness), "
            + "loudness = coalesce(excluded.loudness, loudness), source = coalesce(excluded.source, source)";
    private static final String SHOW = "INSERT INTO shows (id, title, publisher, description, tags, source) VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = coalesce(excluded.publisher, publisher), "
            + "description = coalesce(excluded.description, description), tags = coalesce(excluded.tags, tags), "
            + "source = coalesce(excluded.source, source)";
    private static final String EPISODE = "INSERT INTO episodes (id, show_id, title, description, duration_ms, release_date, source) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET show_id = coalesce(excluded.show_id, show_id), "
            + "title = excluded.title, description = coalesce(excluded.description, description), "
            + "duration_ms = coalesce(excluded.duration_ms, duration_ms), "
            + "release_date = coalesce(excluded.release_date, release_date), source = coalesce(excluded.source, source)";
    private static final String USER = "INSERT INTO users (id, country, created_at, time_zone, source) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET country = coalesce(excluded.country, country), "
            + "created_at = coalesce(excluded.created_at, created_at), time_zone = coalesce(excluded.time_zone, time_zone), "
            + "source = coalesce(excluded.source, source)";

    private final Database db;

    CatalogWriter(Database db) {
        this.db = db;
    }

    void artists(List<Artist> artists) throws SQLException {
        PreparedStatement ps = db.prepared(ARTIST);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Artist a : artists) {
            ps.setString(1, a.id());
            ps.setString(2, a.name());
            Jdbc.text(ps, 3, a.country());
            Jdbc.list(ps, 4, a.tags());
            Jdbc.text(ps, 5, a.source());
            ps.addBatch();
            if (!a.tags().isEmpty()) tags.put(a.id(), a.tags());
        }
        ps.executeBatch();
        replaceTags("artist", tags);
    }

    void albums(List<Album> albums) throws SQLException {
        PreparedStatement ps = db.prepared(ALBUM);
        for (Album a : albums) {
            ps.setString(1, a.id());
            ps.setString(2, a.title());
            Jdbc.list(ps, 3, a.artistIds());
            Jdbc.date(ps, 4, a.releaseDate());
            Jdbc.text(ps, 5, a.source());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    void tracks(List<Track> tracks) throws SQLException {
        PreparedStatement ps = db.prepared(TRACK);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        Map<String, List<String>> artists = new LinkedHashMap<>();
        for (Track t : tracks) {
            ps.setString(1, t.id());
            ps.setString(2, t.title());
            Jdbc.list(ps, 3, t.artistIds());
            Jdbc.text(ps, 4, t.primaryArtistId());
            Jdbc.text(ps, 5, t.albumId());
            Jdbc.longOrNull(ps, 6, t.durationMs(), t.durationMs() > 0);
            Jdbc.date(ps, 7, t.releaseDate());
            ps.setInt(8, t.explicit() ? 1 : 0);
            Jdbc.text(ps, 9, t.isrc());
            Jdbc.list(ps, 10, t.tags());
            AudioFeatures f = t.audio();
            Jdbc.realOrNull(ps, 11, f == null ? null : f.tempo());
            Jdbc.realOrNull(ps, 12, f == null ? null : f.energy());
            Jdbc.realOrNull(ps, 13, f == null ? null : f.valence());
            Jdbc.realOrNull(ps, 14, f == null ? null : f.danceability());
            Jdbc.realOrNull(ps, 15, f == null ? null : f.acousticness());
            Jdbc.realOrNull(ps, 16, f == null ? null : f.instrumentalness());
            Jdbc.realOrNull(ps, 17, f == null ? null : f.loudness());
            Jdbc.text(ps, 18, t.source());
            ps.addBatch();
            if (!t.tags().isEmpty()) tags.put(t.id(), t.tags());
            if (!t.artistIds().isEmpty()) artists.put(t.id(), t.artistIds());
        }
        ps.executeBatch();
        replaceTags("track", tags);
        replaceTrackArtists(artists);
    }

    void shows(List<Show> shows) throws SQLException {
        PreparedStatement ps = db.prepared(SHOW);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Show s : shows) {
            ps.setString(1, s.id());
            ps.setString(2, s.title());
            Jdbc.text(ps, 3, s.publisher());
            Jdbc.text(ps, 4, s.description());
            Jdbc.list(ps, 5, s.tags());
            Jdbc.text(ps, 6, s.source());
            ps.addBatch();
            if (!s.tags().isEmpty()) tags.put(s.id(), s.tags());
        }
        ps.executeBatch();
        replaceTags("show", tags);
    }

    void episodes(List<Episode> episodes) throws SQLException {
        PreparedStatement ps = db.prepared(EPISODE);
        for (Episode e : episodes) {
            ps.setString(1, e.id());
            Jdbc.text(ps, 2, e.showId());
            ps.setString(3, e.title());
            Jdbc.text(ps, 4, e.description());
            Jdbc.longOrNull(ps, 5, e.durationMs(), e.durationMs() > 0);
            Jdbc.date(ps, 6, e.releaseDate());
            Jdbc.text(ps, 7, e.source());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    void users(List<User> users) throws SQLException {
        PreparedStatement ps = db.prepared(USER);
        for (User u : users) {
            ps.setString(1, u.id());
            Jdbc.text(ps, 2, u.country());
            Jdbc.instant(ps, 3, u.created());
            Jdbc.text(ps, 4, u.timeZone());
            Jdbc.text(ps, 5, u.source());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Replaces the tag rows of each item with its last non-empty list in this batch (what the row column holds). */
    private void replaceTags(String kind, Map<String, List<String>> tags) throws SQLException {
        if (tags.isEmpty()) return;
        PreparedStatement del = db.prepared("DELETE FROM catalog_tags WHERE item_kind = ? AND item_id = ?");
        PreparedStatement ins = db.prepared("INSERT OR IGNORE INTO catalog_tags (tag, item_kind, item_id) VALUES (?, ?, ?)");
        for (Map.Entry<String, List<String>> e : tags.entrySet()) {
            del.setString(1, kind);
            del.setString(2, e.getKey());
            del.addBatch();
            for (String tag : e.getValue()) {
                ins.setString(1, tag);
                ins.setString(2, kind);
                ins.setString(3, e.getKey());
                ins.addBatch();
            }
        }
        del.executeBatch();
        ins.executeBatch();
    }

    private void replaceTrackArtists(Map<String, List<String>> artists) throws SQLException {
        if (artists.isEmpty()) return;
        PreparedStatement del = db.prepared("DELETE FROM track_artists WHERE track_id = ?");
        PreparedStatement ins = db.prepared("INSERT OR IGNORE INTO track_artists (artist_id, track_id, position) VALUES (?, ?, ?)");
        for (Map.Entry<String, List<String>> e : artists.entrySet()) {
            del.setString(1, e.getKey());
            del.addBatch();
            List<String> ids = e.getValue();
            for (int i = 0; i < ids.size(); i++) {
                ins.setString(1, ids.get(i));
                ins.setString(2, e.getKey());
                ins.setInt(3, i);
                ins.addBatch();
            }
        }
        del.executeBatch();
        ins.executeBatch();
    }
}

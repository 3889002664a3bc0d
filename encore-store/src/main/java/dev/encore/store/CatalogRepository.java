package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Catalog lookups: tracks, artists, albums, shows and episodes by id, tracks by artist or album, episodes of a show. */
public final class CatalogRepository {
    private static final int IN_CHUNK = 500;
    private final Database db;

    CatalogRepository(Database db) {
        this.db = db;
    }

    public Optional<Track> track(String id) {
        return db.read("load track " + id, c -> Query.one(c, "SELECT " + Rows.TRACK_COLUMNS + " FROM tracks WHERE id = ?", Rows::track, id));
    }

    /** The known tracks among {@code ids}, keyed by id in the order asked; unknown ids are left out. */
    public Map<String, Track> tracks(Collection<String> ids) {
        return byIds("tracks", Rows.TRACK_COLUMNS, ids, Rows::track, Track::id);
    }

    public Optional<Artist> artist(String id) {
        return db.read("load artist " + id, c -> Query.one(c, "SELECT * FROM artists WHERE id = ?", Rows::artist, id));
    }

    /** The known artists among {@code ids}, keyed by id in the order asked (e.g. names for a page of results). */
    public Map<String, Artist> artists(Collection<String> ids) {
        return byIds("artists", "*", ids, Rows::artist, Artist::id);
    }

    public Optional<Album> album(String id) {
        return db.read("load album " + id, c -> Query.one(c, "SELECT * FROM albums WHERE id = ?", Rows::album, id));
    }

    public Optional<Show> show(String id) {
        return db.read("load show " + id, c -> Query.one(c, "SELECT * FROM shows WHERE id = ?", Rows::show, id));
    }

    public Optional<Episode> episode(String id) {
        return db.read("load episode " + id, c -> Query.one(c, "SELECT * FROM episodes WHERE id = ?", Rows::episode, id));
    }

    /** Tracks crediting {@code artistId} at any position, primary credits first, then by id. */
    public List<Track> tracksByArtist(String artistId) {
        return db.read("load tracks of artist " + artistId, c -> Query.list(c, "SELECT " + prefixed("t") + " FROM track_artists a "
                + "JOIN tracks t ON t.id = a.track_id WHERE a.artist_id = ? ORDER BY a.position, t.id", Rows::track, artistId));
    }

    /** Tracks of an album, by id. */
    public List<Track> tracksByAlbum(String albumId) {
        return db.read("load tracks of album " + albumId, c -> Query.list(c,
                "SELECT " + Rows.TRACK_COLUMNS + " FROM tracks WHERE album_id = ? ORDER BY id", Rows::track, albumId));
    }

    /** Episodes of a show, newest release first (undated last), then by id. */
    public List<Episode> episodesOfShow(String showId) {
        return db.read("load episodes of show " + showId, c -> Query.list(c, "SELECT * FROM episodes WHERE show_id = ? "
                + "ORDER BY release_date IS NULL, release_date DESC, id", Rows::episode, showId));
    }

    /** Streams every track in id order with constant memory (content models, search indexing). */
    public void forEachTrack(Consumer<? super Track> sink) {
        db.read("scan tracks", c -> {
            Query.each(c, "SELECT " + Rows.TRACK_COLUMNS + " FROM tracks ORDER BY id", Rows::track, sink);
            return null;
        });
    }

    /** Streams every artist in id order with constant memory. */
    public void forEachArtist(Consumer<? super Artist> sink) {
        db.read("scan artists", c -> {
            Query.each(c, "SELECT * FROM artists ORDER BY id", Rows::artist, sink);
            return null;
        });
    }

    private <T> Map<String, T> byIds(String table, String columns, Collection<String> ids, Query.RowMapper<T> mapper,
                                     Function<T, String> idOf) {
        List<String> all = new ArrayList<>(ids);
        Map<String, T> found = new HashMap<>();
        db.read("load " + all.size() + " " + table, c -> {
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
                String sql = "SELECT " + columns + " FROM " + table + " WHERE id IN (" + Query.placeholders(chunk.size()) + ")";
                Query.each(c, sql, mapper, r -> found.put(idOf.apply(r), r), chunk.toArray());
            }
            return null;
        });
        Map<String, T> ordered = new LinkedHashMap<>();
        for (String id : all) {
            T r = found.get(id);
            if (r != null) ordered.put(id, r);
        }
        return ordered;
    }

    static String prefixed(String alias) {
        return alias + "." + Rows.TRACK_COLUMNS.replace(", ", ", " + alias + ".");
    }
}

package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;

import java.util.List;

/**
 * Pages through the catalog in id order with keyset cursors: a page starts after the last id of the previous one
 * ({@code null} for the first), so every page costs one index seek however deep the client has paged, and rows
 * written meanwhile are neither skipped nor repeated.
 */
public final class CatalogPages {
    private final Database db;

    CatalogPages(Database db) {
        this.db = db;
    }

    public List<Track> tracks(String after, int limit) {
        return page("tracks", Rows.TRACK_COLUMNS, Rows::track, after, limit);
    }

    public List<Artist> artists(String after, int limit) {
        return page("artists", "*", Rows::artist, after, limit);
    }

    public List<Album> albums(String after, int limit) {
        return page("albums", "*", Rows::album, after, limit);
    }

    public List<Show> shows(String after, int limit) {
        return page("shows", "*", Rows::show, after, limit);
    }

    public List<Episode> episodes(String after, int limit) {
        return page("episodes", "*", Rows::episode, after, limit);
    }

    private <T> List<T> page(String table, String columns, Query.RowMapper<T> mapper, String after, int limit) {
        if (limit < 1) throw new IllegalArgumentException("page limit must be >= 1, got " + limit);
        String sql = "SELECT " + columns + " FROM " + table + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT ?";
        Object[] params = after == null ? new Object[]{limit} : new Object[]{after, limit};
        return db.read("list " + table + (after == null ? "" : " after '" + after + "'"), c -> Query.list(c, sql, mapper, params));
    }
}

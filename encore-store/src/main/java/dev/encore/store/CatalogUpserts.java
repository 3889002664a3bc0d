package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;

import java.util.List;

/**
 * Upserts a request's catalog records in exactly one transaction, whatever the sink batch size: either every record
 * is stored or none is (the HTTP API's all-or-nothing batches). Merge rules are {@link CatalogWriter}'s; the search
 * index follows through the schema's triggers.
 */
public final class CatalogUpserts {
    private final Database db;

    CatalogUpserts(Database db) {
        this.db = db;
    }

    /** The records of one request, by kind; any list may be empty. */
    public record Changes(List<Artist> artists, List<Album> albums, List<Track> tracks, List<Show> shows, List<Episode> episodes) {
        public Changes {
            artists = List.copyOf(artists);
            albums = List.copyOf(albums);
            tracks = List.copyOf(tracks);
            shows = List.copyOf(shows);
            episodes = List.copyOf(episodes);
        }

        public int size() {
            return artists.size() + albums.size() + tracks.size() + shows.size() + episodes.size();
        }
    }

    /** Writes all of {@code changes} and commits; on any failure nothing is written. */
    public void apply(Changes changes) {
        for (Artist a : changes.artists()) Jdbc.requireListable("artist '" + a.id() + "' tags", a.tags());
        for (Album a : changes.albums()) Jdbc.requireListable("album '" + a.id() + "' artist ids", a.artistIds());
        for (Track t : changes.tracks()) {
            Jdbc.requireListable("track '" + t.id() + "' artist ids", t.artistIds());
            Jdbc.requireListable("track '" + t.id() + "' tags", t.tags());
        }
        for (Show s : changes.shows()) Jdbc.requireListable("show '" + s.id() + "' tags", s.tags());
        if (changes.size() == 0) return;
        CatalogWriter writer = new CatalogWriter(db);
        db.write("upsert " + changes.size() + " catalog records", c -> {
            // Artists first, so tracks and albums written in the same request index their names.
            if (!changes.artists().isEmpty()) writer.artists(changes.artists());
            if (!changes.shows().isEmpty()) writer.shows(changes.shows());
            if (!changes.albums().isEmpty()) writer.albums(changes.albums());
            if (!changes.tracks().isEmpty()) writer.tracks(changes.tracks());
            if (!changes.episodes().isEmpty()) writer.episodes(changes.episodes());
            return null;
        });
    }
}

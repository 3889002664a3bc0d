package dev.encore.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;

/**
 * What products read about the catalog: a track (artists, tags, release date, duration, audio features) and an
 * artist (name, tags). The server adapts its store to this; {@link InMemoryCatalog} serves tests and small tools.
 */
public interface Catalog {
    /** The track with this id, or null when the catalog does not know it. */
    Track track(String trackId);

    /** The artist with this id, or null when unknown. */
    Artist artist(String artistId);

    /** A display name for reasons: the artist's name, else its id. */
    default String artistName(String artistId) {
        Artist a = artistId == null ? null : artist(artistId);
        return a != null ? a.name() : String.valueOf(artistId);
    }
}

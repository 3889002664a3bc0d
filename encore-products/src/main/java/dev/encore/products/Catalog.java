package dev.encore.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Track;

/**
 * What products read about the catalog: a track (artists, tags, release date, duration, audio features) and an
 * artist (name, tags), a podcast episode (its show). The server adapts its store to this; {@link InMemoryCatalog} serves tests and small tools.
 */
public interface Catalog {
    /** The track with this id, or null when the catalog does not know it. */
    Track track(String trackId);

    /** The artist with this id, or null when unknown. */
    Artist artist(String artistId);

    /** The podcast episode with this id, or null (catalogs without podcasts keep the default). */
    default Episode episode(String episodeId) {
        return null;
    }

    /** A display name for reasons: the artist's name, else its id. */
    default String artistName(String artistId) {
        Artist a = artistId == null ? null : artist(artistId);
        return a != null ? a.name() : String.valueOf(artistId);
    }
}

package dev.encore.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Track;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** A catalog held in maps, for tests and tools. Later records with the same id replace earlier ones. */
public final class InMemoryCatalog implements Catalog {
    private final Map<String, Track> tracks = new HashMap<>();
    private final Map<String, Artist> artists = new HashMap<>();

    private final Map<String, Episode> episodes = new HashMap<>();

    public InMemoryCatalog(Collection<Artist> artists, Collection<Track> tracks) {
        this(artists, tracks, java.util.List.of());
    }

    public InMemoryCatalog(Collection<Artist> artists, Collection<Track> tracks, Collection<Episode> episodes) {
        for (Artist a : artists) this.artists.put(a.id(), a);
        for (Track t : tracks) this.tracks.put(t.id(), t);
        for (Episode e : episodes) this.episodes.put(e.id(), e);
    }

    @Override
    public Episode episode(String episodeId) {
        return episodes.get(episodeId);
    }

    @Override
    public Track track(String trackId) {
        return tracks.get(trackId);
    }

    @Override
    public Artist artist(String artistId) {
        return artists.get(artistId);
    }
}

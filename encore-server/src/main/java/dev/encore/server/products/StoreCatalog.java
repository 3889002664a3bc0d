package dev.encore.server.products;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.store.EncoreStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The products' {@link Catalog} over the store, with a small LRU cache per record type: a product run looks the
 * same tracks up many times (blending, flow order, reasons), and misses are cached too so unknown ids cost one query.
 * The cache never expires: catalog edits show after the server restarts or {@link #clear()}; sized by {@code capacity}.
 */
public final class StoreCatalog implements Catalog {
    private final EncoreStore store;
    private final Lru<Track> tracks;
    private final Lru<Artist> artists;
    private final Lru<Episode> episodes;

    public StoreCatalog(EncoreStore store, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("catalog cache capacity must be >= 1 entry, got " + capacity);
        this.store = store;
        this.tracks = new Lru<>(capacity);
        this.artists = new Lru<>(capacity);
        this.episodes = new Lru<>(Math.max(1, capacity / 10));
    }

    @Override
    public Track track(String trackId) {
        return trackId == null ? null : tracks.get(trackId, id -> store.catalog().track(id));
    }

    @Override
    public Artist artist(String artistId) {
        return artistId == null ? null : artists.get(artistId, id -> store.catalog().artist(id));
    }

    @Override
    public Episode episode(String episodeId) {
        return episodeId == null ? null : episodes.get(episodeId, id -> store.catalog().episode(id));
    }

    /** Drops every cached record (after a catalog import). */
    public void clear() {
        tracks.clear();
        artists.clear();
        episodes.clear();
    }

    /** Entries held now, over all record types (for tests and metrics). */
    public int cached() {
        return tracks.size() + artists.size() + episodes.size();
    }

    /** An access-ordered map that drops the least recently used entry past its capacity. */
    private static final class Lru<T> {
        private final Map<String, Optional<T>> map;

        Lru(int capacity) {
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<T>> e) {
                    return size() > capacity;
                }
            };
        }

        T get(String id, Function<String, Optional<T>> load) {
            synchronized (this) {
                Optional<T> hit = map.get(id);
                if (hit != null) return hit.orElse(null);
            }
            Optional<T> loaded = load.apply(id);   // outside the lock: a slow query never blocks other readers
            synchronized (this) {
                map.put(id, loaded);
            }
            return loaded.orElse(null);
        }

        synchronized void clear() {
            map.clear();
        }

        synchronized int size() {
            return map.size();
        }
    }
}

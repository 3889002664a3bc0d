package dev.encore.server.serving;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps catalog names in memory for {@code ttlMillis} (misses too), so serving a page of recommendations costs no
 * database queries once its items were seen. Names change rarely; a new track shows its title after at most the
 * TTL. Bounded: past {@code maxEntries} the cache starts over.
 */
public final class CachedCatalog implements CatalogLookup {
    private final CatalogLookup source;
    private final Clock clock;
    private final long ttlMillis;
    private final int maxEntries;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CachedCatalog(CatalogLookup source, Clock clock, long ttlMillis, int maxEntries) {
        this.source = source;
        this.clock = clock;
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
    }

    private record Cached(TrackInfo info, long expires) {}

    @Override
    public Map<String, TrackInfo> tracks(Collection<String> ids) {
        long now = clock.millis();
        Map<String, TrackInfo> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Cached c = cache.get(id);
            if (c == null || c.expires < now) missing.add(id);
            else if (c.info != null) out.put(id, c.info);
        }
        if (!missing.isEmpty()) {
            Map<String, TrackInfo> loaded = source.tracks(missing);
            if (cache.size() + missing.size() > maxEntries) cache.clear();
            for (String id : missing) {
                TrackInfo info = loaded.get(id);
                cache.put(id, new Cached(info, now + ttlMillis));
                if (info != null) out.put(id, info);
            }
        }
        return out;
    }
}

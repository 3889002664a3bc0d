package dev.encore.server.serving;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Catalog names from the store: two batched queries per page of results (tracks, then their artists). */
public final class StoreCatalog implements CatalogLookup {
    private final EncoreStore store;

    public StoreCatalog(EncoreStore store) {
        this.store = store;
    }

    @Override
    public Map<String, TrackInfo> tracks(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<String, Track> tracks = store.catalog().tracks(ids);
        Set<String> artistIds = new LinkedHashSet<>();
        tracks.values().forEach(t -> artistIds.addAll(t.artistIds()));
        Map<String, Artist> artists = artistIds.isEmpty() ? Map.of() : store.catalog().artists(artistIds);
        Map<String, TrackInfo> out = new LinkedHashMap<>();
        tracks.forEach((id, t) -> {
            List<String> names = t.artistIds().stream().map(a -> artists.containsKey(a) ? artists.get(a).name() : a).toList();
            out.put(id, new TrackInfo(t.title(), names));
        });
        return out;
    }
}

package dev.encore.server.ui;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a tile shows about a track, read from the store in two batched queries (tracks, then their artists). */
final class Cards {
    record Card(String id, String title, List<String> artistIds, List<String> artists, List<String> tags) {}

    private final EncoreStore store;

    Cards(EncoreStore store) {
        this.store = store;
    }

    /** A card per id, in the given order; ids missing from the catalog get their id as title. */
    Map<String, Card> of(Collection<String> ids) {
        Map<String, Card> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        Map<String, Track> tracks = store.catalog().tracks(new LinkedHashSet<>(ids));
        Set<String> artistIds = new LinkedHashSet<>();
        tracks.values().forEach(t -> artistIds.addAll(t.artistIds()));
        Map<String, Artist> artists = artistIds.isEmpty() ? Map.of() : store.catalog().artists(artistIds);
        for (String id : ids) {
            Track t = tracks.get(id);
            if (t == null) {
                out.put(id, new Card(id, id, List.of(), List.of(), List.of()));
                continue;
            }
            List<String> names = new ArrayList<>();
            List<String> tags = new ArrayList<>(t.tags());
            for (String a : t.artistIds()) {
                Artist artist = artists.get(a);
                names.add(artist == null ? a : artist.name());
                if (artist != null) tags.addAll(artist.tags());
            }
            out.put(id, new Card(id, t.title(), t.artistIds(), names, tags));
        }
        return out;
    }

    Card one(String id) {
        return of(List.of(id)).get(id);
    }
}

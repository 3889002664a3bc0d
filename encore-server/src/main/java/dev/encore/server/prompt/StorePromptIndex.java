package dev.encore.server.prompt;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Track;
import dev.encore.products.prompt.PromptIndex;
import dev.encore.store.EncoreStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the prompt index from a store: every artist and track, popularity = plays per track in the listen log. */
public final class StorePromptIndex {
    private StorePromptIndex() {}

    public static PromptIndex build(EncoreStore store) {
        List<Artist> artists = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        Map<String, Long> plays = new HashMap<>();
        store.catalog().forEachArtist(artists::add);
        store.catalog().forEachTrack(tracks::add);
        store.history().forEachItemPlays(ItemKind.TRACK, p -> plays.put(p.itemId(), p.plays()));
        return new PromptIndex(artists, tracks, id -> plays.getOrDefault(id, 0L));
    }
}

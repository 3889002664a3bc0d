package dev.encore.server.products;

import dev.encore.core.domain.Feedback;
import dev.encore.products.TasteControls;
import dev.encore.store.EncoreStore;

import java.util.HashSet;
import java.util.Set;

/**
 * A listener's taste controls from their active feedback in the store: HIDE and BAN of a track hide it,
 * of an artist hide the artist; EXCLUDE of a track keeps it out of their taste. Withdrawn feedback (active=false)
 * no longer counts; the store keeps only the latest signal per item and type.
 */
public final class StoreTasteControls implements TasteControls.Source {
    private final EncoreStore store;

    public StoreTasteControls(EncoreStore store) {
        this.store = store;
    }

    @Override
    public TasteControls of(String userId) {
        Set<String> tracks = new HashSet<>(), artists = new HashSet<>(), excluded = new HashSet<>();
        for (Feedback f : store.signals().feedbackOf(userId)) {
            if (!f.active()) continue;
            switch (f.type()) {
                case HIDE, BAN -> {
                    switch (f.itemKind()) {
                        case TRACK -> tracks.add(f.itemId());
                        case ARTIST -> artists.add(f.itemId());
                        default -> { /* albums, shows, ...: no product serves them yet */ }
                    }
                }
                case EXCLUDE -> excluded.add(f.itemId());
                default -> { /* likes, saves and follows are taste, not controls */ }
            }
        }
        return new TasteControls(tracks, artists, excluded);
    }
}

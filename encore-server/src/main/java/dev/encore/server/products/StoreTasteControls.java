package dev.encore.server.products;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ItemKind;
import dev.encore.products.TasteControls;
import dev.encore.store.EncoreStore;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A listener's taste controls from their active feedback in the store: HIDE and BAN of a track hide it,
 * of an artist hide the artist; EXCLUDE of a track keeps it out of their taste; EXCLUDE of a playlist keeps
 * listens played from it out, and of a playlist id {@code context:NAME} listens of that context ("sleep", "kids").
 * Those two need the listener's listens, read only when such an exclusion exists. Withdrawn feedback
 * (active=false) no longer counts; the store keeps only the latest signal per item and type.
 */
public final class StoreTasteControls implements TasteControls.Source {
    /** The playlist-id prefix that marks an excluded listening context. */
    public static final String CONTEXT_PREFIX = "context:";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");
    private final EncoreStore store;

    public StoreTasteControls(EncoreStore store) {
        this.store = store;
    }

    @Override
    public TasteControls of(String userId) {
        Set<String> tracks = new HashSet<>(), artists = new HashSet<>(), excluded = new HashSet<>(), playlists = new HashSet<>(), contexts = new HashSet<>();
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
                case EXCLUDE -> {
                    if (f.itemKind() == ItemKind.PLAYLIST && f.itemId().startsWith(CONTEXT_PREFIX)) contexts.add(f.itemId().substring(CONTEXT_PREFIX.length()));
                    else if (f.itemKind() == ItemKind.PLAYLIST) playlists.add(f.itemId());
                    else excluded.add(f.itemId());
                }
                default -> { /* likes, saves and follows are taste, not controls */ }
            }
        }
        TasteControls c = new TasteControls(tracks, artists, excluded, playlists, contexts);
        return c.hasContextExclusions() ? c.withContextExclusions(store.history().listens(userId, Instant.EPOCH, END_OF_TIME)) : c;
    }
}

package dev.encore.server.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.products.ListeningHistory;
import dev.encore.store.EncoreStore;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The products' {@link ListeningHistory} over the store's listen log (pending listens are merged on read). */
public final class StoreListeningHistory implements ListeningHistory {
    /** The widest range the log accepts: listens are stored as epoch milliseconds. */
    private static final Instant FIRST = Instant.ofEpochMilli(Long.MIN_VALUE), LAST = Instant.ofEpochMilli(Long.MAX_VALUE);
    private final EncoreStore store;

    public StoreListeningHistory(EncoreStore store) {
        this.store = store;
    }

    @Override
    public List<ListenEvent> listens(String userId, Instant from, Instant to) {
        return store.listens(userId, from, to);
    }

    @Override
    public Set<String> heardTracks(String userId) {
        Set<String> out = new HashSet<>();
        store.history().forEachListen(userId, FIRST, LAST, e -> {
            if (e.itemKind() == ItemKind.TRACK) out.add(e.itemId());
        });
        return out;
    }
}

package dev.encore.server.products;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.products.discovery.EditionHistory;
import dev.encore.store.EncoreStore;

import java.util.List;
import java.util.Objects;

/**
 * Editions of periodic products kept as the listener's GENERATED playlists in the store, one per period. A
 * product's editions are recognised by their id prefix {@code "<product>:<user>:"} (the form the products use), so
 * other generated playlists of the listener never count as editions.
 */
public final class StoreEditionHistory implements EditionHistory {
    private final EncoreStore store;

    public StoreEditionHistory(EncoreStore store) {
        this.store = store;
    }

    @Override
    public List<Playlist> before(String userId, String product, String period, int n) {
        if (n <= 0) return List.of();
        return editions(userId, product).stream()
                .filter(p -> p.period().compareTo(period) < 0)
                .limit(n).toList();   // the store lists newest period first
    }

    @Override
    public Playlist find(String userId, String product, String period) {
        return editions(userId, product).stream().filter(p -> p.period().equals(period)).findFirst().orElse(null);
    }

    @Override
    public void record(String userId, String product, Playlist edition) {
        Objects.requireNonNull(edition, "edition");
        if (edition.kind() != PlaylistKind.GENERATED || edition.period() == null)
            throw new IllegalArgumentException("edition " + edition.id() + " must be a GENERATED playlist with a period to be recorded");
        if (!userId.equals(edition.ownerId()) || !edition.id().startsWith(prefix(userId, product)))
            throw new IllegalArgumentException("edition " + edition.id() + " is not a " + product + " edition of user " + userId
                    + ": its id must start with '" + prefix(userId, product) + "' and its owner be the user");
        store.playlists().save(edition);
    }

    private List<Playlist> editions(String userId, String product) {
        String prefix = prefix(userId, product);
        return store.playlists().byOwner(userId, PlaylistKind.GENERATED).stream()
                .filter(p -> p.period() != null && p.id().startsWith(prefix)).toList();
    }

    static String prefix(String userId, String product) {
        return product + ":" + userId + ":";
    }
}

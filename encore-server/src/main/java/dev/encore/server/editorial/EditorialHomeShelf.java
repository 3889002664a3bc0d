package dev.encore.server.editorial;

import dev.encore.products.home.HomeRequest;
import dev.encore.products.home.HomeShelf;
import dev.encore.products.home.Shelf;
import dev.encore.products.home.ShelfEntry;
import dev.encore.store.EditorialRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editorial shelf of home (slot {@link HomeShelf#EDITORIAL}): one card per editorial pool, opening the
 * listener's personalised version ({@code GET /api/v1/users/{id}/editorial/{pool}}); empty when there are no pools.
 * Listing a pool is not an impression: tracks are recorded as shown only when the playlist itself is served.
 */
public final class EditorialHomeShelf implements HomeShelf {
    private final EditorialService editorial;

    public EditorialHomeShelf(EditorialService editorial) {
        this.editorial = editorial;
    }

    @Override
    public String id() {
        return "editorial";
    }

    @Override
    public int position() {
        return EDITORIAL;
    }

    @Override
    public Optional<Shelf> build(HomeRequest r) {
        List<ShelfEntry> entries = new ArrayList<>();
        for (EditorialRepository.Pool p : editorial.pools()) {
            entries.add(new ShelfEntry("editorial", p.id(), p.title(), p.description(), "curated by our editors, ordered for you"));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Shelf(id(), position(), "Editors' picks", "Curated playlists, personalised", entries, null));
    }
}

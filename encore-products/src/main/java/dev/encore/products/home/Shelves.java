package dev.encore.products.home;

import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shelf sources made from functions: a shelf showing one playlist's first tracks, or one card per playlist. */
public final class Shelves {
    private Shelves() {}

    /** A shelf showing the first {@code maxEntries} tracks of the playlist {@code f} makes (none when it is null or empty). */
    public static HomeShelf playlist(String id, int position, Function<HomeRequest, Playlist> f, Catalog catalog, int maxEntries) {
        return of(id, position, r -> {
            Playlist p = f.apply(r);
            if (p == null || p.items().isEmpty()) return Optional.empty();
            List<ShelfEntry> entries = new ArrayList<>();
            for (PlaylistItem i : p.items().subList(0, Math.min(maxEntries, p.items().size()))) entries.add(track(i.itemId(), i.reason(), catalog));
            return Optional.of(new Shelf(id, position, p.title(), p.description(), entries, p.id()));
        });
    }

    /** A shelf with one card per playlist {@code f} makes (none when there are none). */
    public static HomeShelf playlists(String id, int position, String title, Function<HomeRequest, List<Playlist>> f) {
        return of(id, position, r -> {
            List<Playlist> ps = f.apply(r);
            if (ps == null || ps.isEmpty()) return Optional.empty();
            List<ShelfEntry> entries = new ArrayList<>();
            for (Playlist p : ps) entries.add(new ShelfEntry("playlist", p.id(), p.title(), p.items().size() + " tracks", p.description()));
            return Optional.of(new Shelf(id, position, title, null, entries, null));
        });
    }

    /** A shelf source from an id, a position and a function. */
    public static HomeShelf of(String id, int position, Function<HomeRequest, Optional<Shelf>> build) {
        return new HomeShelf() {
            @Override public String id() { return id; }
            @Override public int position() { return position; }
            @Override public Optional<Shelf> build(HomeRequest request) { return build.apply(request); }
        };
    }

    /** A track card: "Title" over "Artist, Artist", with its reason. */
    static ShelfEntry track(String trackId, String reason, Catalog catalog) {
        Track t = catalog.track(trackId);
        if (t == null) return new ShelfEntry("track", trackId, trackId, null, reason);
        return new ShelfEntry("track", trackId, t.title(), String.join(", ", t.artistIds().stream().map(catalog::artistName).toList()), reason);
    }
}

package dev.encore.products.home;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.ListeningHistory;
import dev.encore.products.TasteControls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The listener's last {@code n} distinct tracks of the past {@code days} days, newest first, hidden ones left out. */
public final class RecentlyPlayedShelf implements HomeShelf {
    private final ListeningHistory history;
    private final Catalog catalog;
    private final TasteControls.Source controls;
    private final int n, days;

    public RecentlyPlayedShelf(ListeningHistory history, Catalog catalog, TasteControls.Source controls, int n, int days) {
        if (n < 1 || days < 1) throw new IllegalArgumentException("n and days must be >= 1, got " + n + " and " + days);
        this.history = history;
        this.catalog = catalog;
        this.controls = controls;
        this.n = n;
        this.days = days;
    }

    @Override
    public String id() {
        return "recently-played";
    }

    @Override
    public int position() {
        return RECENTLY_PLAYED;
    }

    @Override
    public Optional<Shelf> build(HomeRequest r) {
        List<ListenEvent> listens = history.listens(r.userId(), r.now().minus(Duration.ofDays(days)), r.now());
        TasteControls c = controls.of(r.userId());
        Set<String> seen = new LinkedHashSet<>();
        List<ShelfEntry> entries = new ArrayList<>();
        for (int i = listens.size() - 1; i >= 0 && entries.size() < n; i--) {
            ListenEvent e = listens.get(i);
            if (e.itemKind() != ItemKind.TRACK || !seen.add(e.itemId())) continue;
            Track t = catalog.track(e.itemId());
            if (!c.allows(e.itemId(), t == null ? null : t.primaryArtistId())) continue;
            entries.add(Shelves.track(e.itemId(), "you played this on " + e.listenedAt().atZone(r.zone()).toLocalDate(), catalog));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Shelf(id(), position(), "Recently played", null, entries, null));
    }
}

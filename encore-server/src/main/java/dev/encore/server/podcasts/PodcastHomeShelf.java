package dev.encore.server.podcasts;

import dev.encore.products.home.HomeRequest;
import dev.encore.products.home.HomeShelf;
import dev.encore.products.home.Shelf;
import dev.encore.products.home.ShelfEntry;
import dev.encore.products.podcasts.PodcastPick;
import dev.encore.products.podcasts.PodcastShelves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The podcast shelf of home (slot {@link HomeShelf#PODCASTS}): episodes to continue first, then new episodes since
 * the last visit, then recommended shows, at most {@link #MAX} cards; empty when the listener has none of them.
 */
public final class PodcastHomeShelf implements HomeShelf {
    static final int MAX = 10;
    private final PodcastService podcasts;

    public PodcastHomeShelf(PodcastService podcasts) {
        this.podcasts = podcasts;
    }

    @Override
    public String id() {
        return "podcasts";
    }

    @Override
    public int position() {
        return PODCASTS;
    }

    @Override
    public Optional<Shelf> build(HomeRequest r) {
        PodcastShelves.Shelves s = podcasts.shelves(r.userId(), null, MAX);
        List<ShelfEntry> entries = new ArrayList<>();
        for (List<PodcastPick> part : List.of(s.continueListening(), s.newEpisodes(), s.recommendedShows())) {
            for (PodcastPick p : part) {
                if (entries.size() >= MAX) break;
                entries.add(new ShelfEntry(p.kind().wire(), p.id(), p.title(),
                        p.kind() == PodcastPick.Kind.EPISODE ? p.showTitle() : "podcast", p.reason()));
            }
        }
        if (entries.isEmpty()) return Optional.empty();
        String subtitle = s.newEpisodes().isEmpty() ? "Continue listening and shows for you"
                : s.newEpisodes().size() + " new episode" + (s.newEpisodes().size() == 1 ? "" : "s") + " from your shows";
        return Optional.of(new Shelf(id(), position(), "Podcasts", subtitle, entries, null));
    }
}

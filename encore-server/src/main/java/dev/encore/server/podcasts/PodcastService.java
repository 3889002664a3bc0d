package dev.encore.server.podcasts;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.products.podcasts.PodcastLibrary;
import dev.encore.products.podcasts.PodcastShelves;
import dev.encore.products.podcasts.ShowCoListening;
import dev.encore.store.EncoreStore;
import dev.encore.store.PodcastRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * The podcast shelves over the store. The catalog side (shows, episodes, their TF-IDF vectors and who co-listens)
 * is built once and rebuilt when older than {@code refresh}, so a request costs one read of the listener's own
 * history; a rebuild happens on the request that finds it stale (concurrent requests keep the old one meanwhile).
 */
public final class PodcastService {
    private final EncoreStore store;
    private final Clock clock;
    private final Duration refresh;
    private volatile Built built;

    private record Built(PodcastShelves shelves, Instant at) {}

    public PodcastService(EncoreStore store, Clock clock, Duration refresh) {
        this.store = store;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The listener's shelves now; {@code since} overrides their last visit (null: their latest listen). */
    public PodcastShelves.Shelves shelves(String userId, Instant since, int k) {
        Instant now = clock.instant();
        List<ListenEvent> listens = store.history().listens(userId, Instant.EPOCH, now);
        var followed = new HashSet<>(store.social().following(userId, ItemKind.SHOW));
        return engine(now).shelves(listens, followed, since, now, k);
    }

    private PodcastShelves engine(Instant now) {
        Built b = built;
        if (b == null || !b.at.plus(refresh).isAfter(now)) {
            synchronized (this) {
                b = built;
                if (b == null || !b.at.plus(refresh).isAfter(now)) {
                    PodcastRepository repo = PodcastRepository.of(store);
                    PodcastLibrary library = new PodcastLibrary(repo.shows(), repo.episodes());
                    b = new Built(new PodcastShelves(library, new ShowCoListening(repo.showsByListener())), now);
                    built = b;
                }
            }
        }
        return b.shelves;
    }

    /** Drops the cached catalog side, e.g. after an import into a running server. */
    public void invalidate() {
        built = null;
    }
}

package dev.encore.products.podcasts;

import dev.encore.core.domain.ListenEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A listener's podcast page: continue listening, new episodes since their last visit, recommended shows and
 * recommended episodes. No item appears on two shelves (continue wins over new, new over recommended).
 * Deterministic: the same catalog, listens and {@code now} give the same shelves.
 */
public final class PodcastShelves {
    /** Weight of co-listening against text similarity in recommendations. */
    public static final double CO_WEIGHT = 0.6;

    public record Shelves(List<PodcastPick> continueListening, List<PodcastPick> newEpisodes,
                          List<PodcastPick> recommendedShows, List<PodcastPick> recommendedEpisodes, Instant lastVisit) {}

    private final PodcastLibrary library;
    private final PodcastRecommender recommender;

    public PodcastShelves(PodcastLibrary library, ShowCoListening coListening) {
        this.library = library;
        this.recommender = new PodcastRecommender(library, coListening, CO_WEIGHT);
    }

    public PodcastLibrary library() {
        return library;
    }

    /**
     * @param listens  the listener's listens of any kind
     * @param followed shows the listener follows
     * @param since    their last visit, or null to take their latest listen
     * @param k        items per shelf
     */
    public Shelves shelves(Collection<ListenEvent> listens, Set<String> followed, Instant since, Instant now, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        PodcastListening l = PodcastListening.of(listens, followed, library, now);
        List<PodcastPick> resume = ContinueListening.shelf(l, library, k);
        Set<String> taken = new HashSet<>();
        resume.forEach(p -> taken.add(p.id()));
        List<PodcastPick> fresh = NewEpisodes.shelf(l, library, since, now, k + resume.size()).stream()
                .filter(p -> !taken.contains(p.id())).limit(k).toList();
        fresh.forEach(p -> taken.add(p.id()));
        Instant visit = since != null ? since : l.lastVisit();
        return new Shelves(resume, fresh, recommender.shows(l, k), recommender.episodes(l, taken, k), visit);
    }
}

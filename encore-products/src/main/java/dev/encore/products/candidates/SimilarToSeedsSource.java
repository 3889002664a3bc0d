package dev.encore.products.candidates;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item-to-item candidates ("graph"): neighbours of the listener's strongest tracks in the collaborative model,
 * explained as "fans of ARTIST also love this". Neighbour lists are cached per seed (unfiltered, then filtered per
 * listener), because in a batch the same popular seeds recur for many listeners; create one source per model.
 */
public final class SimilarToSeedsSource implements CandidateSource {
    private final int perSeed;
    private final Map<Integer, List<ScoredItem>> cache = new ConcurrentHashMap<>();

    /** {@code perSeed}: neighbours fetched per seed before filtering (e.g. 50). */
    public SimilarToSeedsSource(int perSeed) {
        if (perSeed < 1) throw new IllegalArgumentException("perSeed must be >= 1, got " + perSeed);
        this.perSeed = perSeed;
    }

    @Override
    public String name() {
        return "similar";
    }

    @Override
    public List<Candidate> candidates(ListenerContext l, int k) {
        Map<Integer, Candidate> best = new LinkedHashMap<>();
        for (int seed : l.seeds()) {
            List<ScoredItem> near = cache.computeIfAbsent(seed,
                    s -> l.taste().bundle().model().similarItems(s, perSeed, ItemFilter.ALL));
            String reason = "fans of " + l.artistOf(seed) + " also love this";
            for (ScoredItem s : near) {
                if (l.blocked(s.item())) continue;
                Candidate prev = best.get(s.item());
                if (prev == null || prev.score() < s.score()) best.put(s.item(), new Candidate(s.item(), s.score(), name(), reason));
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.item(), b.item()));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }
}

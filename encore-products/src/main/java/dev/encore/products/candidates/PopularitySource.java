package dev.encore.products.candidates;

import dev.encore.core.matrix.InteractionMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The most played tracks of the bundle (by number of listeners), for listeners with little history and to fill
 * gaps. Ranking is computed once per bundle; create one source per model.
 */
public final class PopularitySource implements CandidateSource {
    private final int[] ranked;
    private final int[] listeners;

    public PopularitySource(InteractionMatrix m) {
        listeners = m.columnCounts();
        ranked = java.util.stream.IntStream.range(0, m.cols()).boxed()
                .sorted((a, b) -> listeners[a] != listeners[b] ? Integer.compare(listeners[b], listeners[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String name() {
        return "popular";
    }

    @Override
    public List<Candidate> candidates(ListenerContext l, int k) {
        List<Candidate> out = new ArrayList<>(k);
        for (int i = 0; i < ranked.length && out.size() < k; i++) {
            int item = ranked[i];
            if (listeners[item] == 0) break;
            if (!l.blocked(item)) out.add(new Candidate(item, listeners[item], name(), "popular with listeners right now"));
        }
        return out;
    }
}

package dev.encore.products.candidates;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.topk.TopK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Graph candidates from co-listening ("graph"): for each of the listener's seed tracks, the tracks most often played
 * by the seed's listeners, scored count / sqrt(listeners of the track) so sheer popularity does not win. At most
 * {@code maxListeners} of a seed's listeners are read (evenly spaced, so deterministic), which keeps one seed at
 * ~maxListeners x (items per listener) steps instead of a scan over all item factors. Explained as "fans of ARTIST
 * also love this". Neighbour lists are cached per seed; create one source per bundle.
 */
public final class CoListenSource implements CandidateSource {
    private final InteractionMatrix byUser, byItem;
    private final int[] listeners;
    private final int maxListeners, perSeed;
    private final Map<Integer, int[]> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<int[]> counts;
    private final ThreadLocal<int[]> touchedBuffer;   // items counted so far; primitive, as this loop is the source's hot path

    public CoListenSource(InteractionMatrix m, int maxListeners, int perSeed) {
        if (maxListeners < 1 || perSeed < 1)
            throw new IllegalArgumentException("maxListeners and perSeed must be >= 1, got " + maxListeners + " and " + perSeed);
        this.byUser = m;
        this.byItem = m.transpose();
        this.listeners = m.columnCounts();
        this.maxListeners = maxListeners;
        this.perSeed = perSeed;
        this.counts = ThreadLocal.withInitial(() -> new int[m.cols()]);
        this.touchedBuffer = ThreadLocal.withInitial(() -> new int[m.cols()]);
    }

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public List<Candidate> candidates(ListenerContext l, int k) {
        Map<Integer, Candidate> best = new LinkedHashMap<>();
        for (int seed : l.seeds()) {
            int[] near = cache.computeIfAbsent(seed, this::neighbours);
            String reason = "fans of " + l.artistOf(seed) + " also love this";
            for (int r = 0; r < near.length; r++) {
                if (l.blocked(near[r])) continue;
                double score = 1.0 / (1 + r);                   // rank within the seed's list
                Candidate prev = best.get(near[r]);
                if (prev == null || prev.score() < score) best.put(near[r], new Candidate(near[r], score, name(), reason));
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Integer.compare(a.item(), b.item()));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    /** The seed's co-listened items, best first, never the seed itself. */
    private int[] neighbours(int seed) {
        int[] c = counts.get(), touched = touchedBuffer.get();
        int size = 0;
        int s = byItem.rowStart(seed), e = byItem.rowEnd(seed), n = e - s;
        int stride = Math.max(1, n / maxListeners);
        for (int p = s; p < e; p += stride) {
            int user = byItem.indices()[p];
            for (int q = byUser.rowStart(user); q < byUser.rowEnd(user); q++) {
                int item = byUser.indices()[q];
                if (item != seed && c[item]++ == 0) touched[size++] = item;   // at most cols distinct items
            }
        }
        TopK top = new TopK(Math.min(perSeed, Math.max(1, size)));
        for (int t = 0; t < size; t++) {
            int item = touched[t];
            top.offer(item, (float) (c[item] / Math.sqrt(listeners[item])));
            c[item] = 0;
        }
        return top.drainItems(null);
    }
}

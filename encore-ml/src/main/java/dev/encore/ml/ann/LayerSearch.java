package dev.encore.ml.ann;

import dev.encore.ml.ItemFilter;

/**
 * Best-first search on one level of an {@link HnswGraph} (the paper's SEARCH-LAYER), with its scratch: a visited
 * set stamped per search (no clearing), the candidate max-heap and the bounded result min-heap. One per thread.
 * A query is (q, qo): the vector at offset qo in q.
 */
final class LayerSearch {
    private final HnswGraph graph;
    private final Vectors vectors;
    private final int[] visited;
    private int stamp;
    final NodeHeap candidates = new NodeHeap(true, 256);
    final NodeHeap results = new NodeHeap(false, 256);

    LayerSearch(HnswGraph graph, Vectors vectors) {
        this.graph = graph;
        this.vectors = vectors;
        this.visited = new int[graph.size];
    }

    /** Greedy walk on {@code level} from {@code entry} to a local best; returns it. */
    int greedy(float[] q, int qo, int entry, int level) {
        int best = entry;
        float bestSim = vectors.similarity(q, qo, entry);
        for (boolean moved = true; moved; ) {
            moved = false;
            int cur = best;
            for (int i = 0, n = graph.degree(cur, level); i < n; i++) {
                int nb = graph.neighbor(cur, level, i);
                float s = vectors.similarity(q, qo, nb);
                if (s > bestSim || (s == bestSim && nb < best)) {
                    best = nb;
                    bestSim = s;
                    moved = true;
                }
            }
        }
        return best;
    }

    /**
     * Beam search of width ef on {@code level} from the given entry points; afterwards {@link #results} holds up
     * to ef of the most similar nodes the filter allows (filter null = all). Disallowed nodes are still expanded.
     */
    void search(float[] q, int qo, int[] entries, int nEntries, int ef, int level, ItemFilter filter) {
        newStamp();
        candidates.clear();
        results.clear();
        for (int e = 0; e < nEntries; e++) {
            int node = entries[e];
            if (visited[node] == stamp) continue;
            visited[node] = stamp;
            float s = vectors.similarity(q, qo, node);
            candidates.push(node, s);
            if (filter == null || filter.allows(node)) offer(node, s, ef);
        }
        while (candidates.size() > 0) {
            int c = candidates.topNode();
            float cs = candidates.topScore();
            if (results.size() >= ef && cs < results.topScore()) break;
            candidates.pop();
            for (int i = 0, n = graph.degree(c, level); i < n; i++) {
                int nb = graph.neighbor(c, level, i);
                if (visited[nb] == stamp) continue;
                visited[nb] = stamp;
                float s = vectors.similarity(q, qo, nb);
                if (results.size() < ef || s > results.topScore()) {
                    candidates.push(nb, s);
                    if (filter == null || filter.allows(nb)) offer(nb, s, ef);
                }
            }
        }
    }

    private void offer(int node, float s, int ef) {
        results.push(node, s);
        if (results.size() > ef) results.pop();
    }

    private void newStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(visited, 0);
            stamp = 1;
        }
    }
}

package dev.encore.ml.ann;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.topk.TopK;

/**
 * One graph of an {@link AnnIndex}: the items of one norm range, their HNSW graph, the map from local node to
 * item id, and the largest norm in the range (so a search can skip the range when even
 * |q|·maxNorm cannot enter its top-K: no item here can score more, by Cauchy–Schwarz).
 */
final class HnswPart {
    final Vectors vectors;
    final HnswGraph graph;
    final int[] ids;
    final float maxNorm;
    private final ThreadLocal<LayerSearch> searchers;

    HnswPart(Vectors vectors, HnswGraph graph, int[] ids) {
        this.vectors = vectors;
        this.graph = graph;
        this.ids = ids;
        float max = 0;
        for (int v = 0; v < vectors.size; v++) {
            max = Math.max(max, (float) Math.sqrt(Kernels.dot(vectors.data, v * vectors.dim, vectors.data, v * vectors.dim, vectors.dim)));
        }
        this.maxNorm = max * (1 + 1e-6f);
        this.searchers = ThreadLocal.withInitial(() -> new LayerSearch(graph, vectors));
    }

    /** Beam search with width ef; offers (item id, similarity) of allowed results to {@code out}. */
    void search(float[] q, int ef, ItemFilter filter, TopK out) {
        if (graph.entryPoint < 0) return;
        LayerSearch s = searchers.get();
        int ep = graph.entryPoint;
        for (int l = graph.maxLevel; l > 0; l--) ep = s.greedy(q, 0, ep, l);
        ItemFilter local = filter == ItemFilter.ALL ? null : node -> filter.allows(ids[node]);
        s.search(q, 0, new int[] {ep}, 1, ef, 0, local);
        int n = s.results.size();
        int[] nodes = new int[n];
        float[] sims = new float[n];
        s.results.drainBestFirst(nodes, sims);
        for (int i = 0; i < n; i++) out.offer(ids[nodes[i]], sims[i]);
    }
}

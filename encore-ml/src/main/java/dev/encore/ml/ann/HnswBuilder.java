package dev.encore.ml.ann;

import dev.encore.ml.linalg.WorkerPool;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Builds an {@link HnswGraph} in parallel yet deterministically. Nodes are inserted in index order, in batches
 * whose boundaries depend only on the node count: (A) every node of a batch searches the graph as it stood before
 * the batch (read-only) and compares itself with its batch peers, then picks its neighbours with the paper's
 * heuristic; (B) the reverse links are added grouped by target list, each list owned by one task and merged in a
 * fixed order, pruning with the same heuristic when it overflows. No list is read while written, and nothing
 * depends on thread timing: the same seed gives the same graph with any thread count.
 */
final class HnswBuilder {
    private static final int MAX_BATCH = 256;
    private static final int MAX_LEVEL = 16;

    private final Vectors vectors;
    private final HnswGraph graph;
    private final int efConstruction;
    private final ThreadLocal<Scratch> scratch; // pool threads live for the whole build: one visited set each

    private HnswBuilder(Vectors vectors, HnswGraph graph, int efConstruction) {
        this.vectors = vectors;
        this.graph = graph;
        this.efConstruction = efConstruction;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(graph, vectors));
    }

    static HnswGraph build(Vectors vectors, int m, int efConstruction, long seed, WorkerPool pool) {
        int n = vectors.size;
        int[] levels = new int[n];
        SplittableRandom rnd = new SplittableRandom(seed);
        double ml = 1 / Math.log(m);
        for (int v = 0; v < n; v++) levels[v] = Math.min(MAX_LEVEL, (int) (-Math.log(1 - rnd.nextDouble()) * ml));
        HnswGraph graph = new HnswGraph(n, m, levels);
        if (n == 0) return graph;
        graph.entryPoint = 0;
        graph.maxLevel = levels[0];
        HnswBuilder b = new HnswBuilder(vectors.forBuild(), graph, efConstruction);
        for (int start = 1; start < n; ) {
            int end = Math.min(n, start + Math.max(1, Math.min(MAX_BATCH, start / 32)));
            b.insertBatch(start, end, pool);
            start = end;
        }
        b.scratch.remove();
        return graph;
    }

    private void insertBatch(int start, int end, WorkerPool pool) {
        int[][][] chosen = new int[end - start][][];
        pool.forEachChunk(end - start, 1, scratch::get, (s, from, to) -> {
            for (int i = from; i < to; i++) chosen[i] = connect(s, start + i, start, end);
        });
        int top = graph.maxLevel;
        for (int v = start; v < end; v++) {
            int[][] lists = chosen[v - start];
            for (int l = 0; l < lists.length; l++) graph.setNeighbors(v, l, lists[l], lists[l].length);
            top = Math.max(top, graph.levels[v]);
        }
        for (int l = 0; l <= top; l++) addReverseLinks(chosen, start, end, l, pool);
        for (int v = start; v < end; v++) {
            if (graph.levels[v] > graph.maxLevel) {
                graph.maxLevel = graph.levels[v];
                graph.entryPoint = v;
            }
        }
    }

    /** Phase A for node v: its neighbour list on each of its levels. */
    private int[][] connect(Scratch s, int v, int start, int end) {
        float[] q = vectors.data;
        int qo = v * vectors.dim, level = graph.levels[v];
        int ep = graph.entryPoint;
        for (int l = graph.maxLevel; l > level; l--) ep = s.search.greedy(q, qo, ep, l);
        int[][] lists = new int[level + 1][];
        int[] entries = {ep};
        int nEntries = 1;
        for (int l = level; l >= 0; l--) {
            int count = 0;
            if (l <= graph.maxLevel) {
                s.search.search(q, qo, entries, nEntries, efConstruction, l, null);
                s.ensure(s.search.results.size() + end - start);
                count = s.search.results.drainBestFirst(s.nodes, s.sims);
                entries = Arrays.copyOf(s.nodes, count);
                nEntries = count;
            }
            // Earlier batch peers are not in the graph yet: compare directly (later ones link back to v in phase B).
            for (int u = start; u < v; u++) {
                if (graph.levels[u] < l) continue;
                s.ensure(count + 1);
                s.nodes[count] = u;
                s.sims[count++] = vectors.similarity(v, u);
            }
            lists[l] = select(s, count, graph.m);
        }
        return lists;
    }

    /** Phase B on level l: every chosen edge v→u also becomes u→v, merged per u in node order. */
    private void addReverseLinks(int[][][] chosen, int start, int end, int l, WorkerPool pool) {
        int edges = 0;
        for (int[][] lists : chosen) if (lists.length > l) edges += lists[l].length;
        long[] pairs = new long[edges];
        int p = 0;
        for (int v = start; v < end; v++) {
            int[][] lists = chosen[v - start];
            if (lists.length > l) for (int u : lists[l]) pairs[p++] = ((long) u << 32) | v;
        }
        Arrays.sort(pairs);
        int[] groupStart = new int[edges + 1];
        int groups = 0;
        for (int i = 0; i < edges; i++) if (i == 0 || (pairs[i] >>> 32) != (pairs[i - 1] >>> 32)) groupStart[groups++] = i;
        groupStart[groups] = edges;
        int nGroups = groups;
        pool.forEachChunk(nGroups, 16, scratch::get, (s, from, to) -> {
            for (int g = from; g < to; g++) merge(s, (int) (pairs[groupStart[g]] >>> 32), l, pairs, groupStart[g], groupStart[g + 1]);
        });
    }

    private void merge(Scratch s, int u, int l, long[] pairs, int from, int to) {
        int deg = graph.degree(u, l), count = 0;
        s.ensure(deg + (to - from));
        for (int i = 0; i < deg; i++) s.nodes[count++] = graph.neighbor(u, l, i);
        for (int i = from; i < to; i++) {
            int v = (int) pairs[i];
            boolean present = false;
            for (int j = 0; j < deg && !present; j++) present = s.nodes[j] == v;
            if (!present) s.nodes[count++] = v;
        }
        if (count == deg) return;
        if (count <= graph.maxDegree(l)) {
            graph.setNeighbors(u, l, s.nodes, count);
            return;
        }
        for (int i = 0; i < count; i++) s.sims[i] = vectors.similarity(u, s.nodes[i]);
        sortBestFirst(s, count);
        int[] kept = select(s, count, graph.maxDegree(l));
        graph.setNeighbors(u, l, kept, kept.length);
    }

    /**
     * The paper's neighbour heuristic over candidates (s.nodes, s.sims): best first, keep a candidate only if it is
     * more similar to the base than to every neighbour kept so far, so links spread in different directions.
     */
    private int[] select(Scratch s, int count, int max) {
        sortBestFirst(s, count);
        int[] kept = new int[Math.min(max, count)];
        int k = 0;
        for (int i = 0; i < count && k < kept.length; i++) {
            int c = s.nodes[i];
            boolean diverse = true;
            for (int j = 0; j < k && diverse; j++) diverse = vectors.similarity(c, kept[j]) <= s.sims[i];
            if (diverse) kept[k++] = c;
        }
        if (k < kept.length) { // keep pruned connections: fill free slots with the best of the rest (better recall)
            for (int i = 0; i < count && k < kept.length; i++) {
                int c = s.nodes[i];
                boolean in = false;
                for (int j = 0; j < k && !in; j++) in = kept[j] == c;
                if (!in) kept[k++] = c;
            }
        }
        return k == kept.length ? kept : Arrays.copyOf(kept, k);
    }

    /** Sorts the candidate pairs by similarity, highest first, ties to the smaller node. */
    private static void sortBestFirst(Scratch s, int count) {
        if (s.keys.length < count) s.keys = new long[Math.max(count, s.keys.length * 2)];
        for (int i = 0; i < count; i++) {
            int bits = Float.floatToIntBits(s.sims[i]);
            int ascending = bits ^ ((bits >> 31) & 0x7FFFFFFF); // int order = float order
            s.keys[i] = ((long) ~ascending << 32) | s.nodes[i];
        }
        Arrays.sort(s.keys, 0, count);
        for (int i = 0; i < count; i++) {
            int node = (int) s.keys[i];
            int ascending = ~(int) (s.keys[i] >> 32);
            s.nodes[i] = node;
            s.sims[i] = Float.intBitsToFloat(ascending ^ ((ascending >> 31) & 0x7FFFFFFF));
        }
    }

    /** Per-thread buffers. */
    private static final class Scratch {
        final LayerSearch search;
        int[] nodes = new int[512];
        float[] sims = new float[512];
        long[] keys = new long[512];

        Scratch(HnswGraph graph, Vectors vectors) {
            this.search = new LayerSearch(graph, vectors);
        }

        void ensure(int n) {
            if (nodes.length < n) {
                nodes = Arrays.copyOf(nodes, Math.max(n, nodes.length * 2));
                sims = Arrays.copyOf(sims, nodes.length);
            }
        }
    }
}

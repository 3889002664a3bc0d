package dev.encore.ml.ann;

/**
 * The layered proximity graph of HNSW (Malkov &amp; Yashunin 2016): every node is on level 0 with up to 2·M
 * neighbours, stored flat; the few nodes on higher levels keep up to M neighbours per level in small arrays.
 * Mutated only by {@link HnswBuilder}, in phases that never write a list another thread reads.
 */
final class HnswGraph {
    final int size;
    final int m;
    final int m0;
    final int[] levels;
    private final int[] level0;
    private final int[] count0;
    private final int[][][] upper; // upper[node][level-1] = {count, n1, n2, ...}, null for level-0 nodes
    int entryPoint = -1;
    int maxLevel = -1;

    HnswGraph(int size, int m, int[] levels) {
        this.size = size;
        this.m = m;
        this.m0 = 2 * m;
        this.levels = levels;
        this.level0 = new int[Math.multiplyExact(size, m0)];
        this.count0 = new int[size];
        this.upper = new int[size][][];
        for (int v = 0; v < size; v++) {
            if (levels[v] > 0) {
                upper[v] = new int[levels[v]][m + 1];
            }
        }
    }

    int maxDegree(int level) {
        return level == 0 ? m0 : m;
    }

    int degree(int node, int level) {
        return level == 0 ? count0[node] : upper[node][level - 1][0];
    }

    int neighbor(int node, int level, int i) {
        return level == 0 ? level0[node * m0 + i] : upper[node][level - 1][i + 1];
    }

    void setNeighbors(int node, int level, int[] list, int len) {
        if (len > maxDegree(level)) throw new IllegalStateException("degree " + len + " over the maximum at level " + level);
        if (level == 0) {
            System.arraycopy(list, 0, level0, node * m0, len);
            count0[node] = len;
        } else {
            int[] a = upper[node][level - 1];
            System.arraycopy(list, 0, a, 1, len);
            a[0] = len;
        }
    }

    /** Rebuilds a saved graph: flat level-0 lists and counts, and the upper lists concatenated in node order. */
    static HnswGraph restore(int m, int[] levels, int[] level0, int[] count0, int[] upperFlat, int entry, int maxLevel) {
        HnswGraph g = new HnswGraph(levels.length, m, levels);
        if (level0.length != g.level0.length || count0.length != g.size) throw new IllegalArgumentException("level-0 arrays do not match the node count");
        System.arraycopy(level0, 0, g.level0, 0, level0.length);
        System.arraycopy(count0, 0, g.count0, 0, count0.length);
        int p = 0;
        for (int v = 0; v < g.size; v++) {
            for (int l = 0; l < levels[v]; l++) {
                System.arraycopy(upperFlat, p, g.upper[v][l], 0, m + 1);
                p += m + 1;
            }
        }
        if (p != upperFlat.length) throw new IllegalArgumentException("upper-level lists do not match the levels");
        g.entryPoint = entry;
        g.maxLevel = maxLevel;
        return g;
    }

    /** Upper-level lists concatenated in node order, each {count, neighbours..., padding} of length m + 1. */
    int[] upperFlat() {
        int total = 0;
        for (int v = 0; v < size; v++) total += levels[v] * (m + 1);
        int[] out = new int[total];
        int p = 0;
        for (int v = 0; v < size; v++) {
            for (int l = 0; l < levels[v]; l++) {
                System.arraycopy(upper[v][l], 0, out, p, m + 1);
                p += m + 1;
            }
        }
        return out;
    }

    /** Level-0 lists as one flat array plus counts (for saving). */
    int[] level0() {
        return level0;
    }

    int[] count0() {
        return count0;
    }
}

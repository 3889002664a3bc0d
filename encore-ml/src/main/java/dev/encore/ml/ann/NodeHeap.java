package dev.encore.ml.ann;

/**
 * A binary heap of (node, similarity) pairs in primitive arrays: a max-heap (best on top) for the candidates to
 * expand, or a min-heap (worst on top) for the bounded result set.
 */
final class NodeHeap {
    private final boolean maxOnTop;
    private int[] nodes;
    private float[] scores;
    private int size;

    NodeHeap(boolean maxOnTop, int capacity) {
        this.maxOnTop = maxOnTop;
        this.nodes = new int[Math.max(4, capacity)];
        this.scores = new float[nodes.length];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int topNode() {
        return nodes[0];
    }

    float topScore() {
        return scores[0];
    }

    void push(int node, float score) {
        if (size == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, size * 2);
            scores = java.util.Arrays.copyOf(scores, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!above(score, scores[parent])) break;
            nodes[i] = nodes[parent];
            scores[i] = scores[parent];
            i = parent;
        }
        nodes[i] = node;
        scores[i] = score;
    }

    void pop() {
        int node = nodes[--size];
        float score = scores[size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) break;
            int c = l + 1 < size && above(scores[l + 1], scores[l]) ? l + 1 : l;
            if (!above(scores[c], score)) break;
            nodes[i] = nodes[c];
            scores[i] = scores[c];
            i = c;
        }
        nodes[i] = node;
        scores[i] = score;
    }

    /** Empties the heap into the arrays, best (highest similarity) first; returns the count. */
    int drainBestFirst(int[] outNodes, float[] outScores) {
        int n = size;
        if (maxOnTop) {
            for (int i = 0; i < n; i++) {
                outNodes[i] = topNode();
                outScores[i] = topScore();
                pop();
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                outNodes[i] = topNode();
                outScores[i] = topScore();
                pop();
            }
        }
        return n;
    }

    private boolean above(float a, float b) {
        return maxOnTop ? a > b : a < b;
    }
}

package dev.encore.ml.topk;

import java.util.Arrays;

/**
 * Keeps the {@code k} highest-scoring (item, score) pairs offered to it, in a bounded min-heap of primitive arrays
 * (no boxing, no allocation per offer). Ties on score prefer the smaller item index, so results are deterministic.
 */
public final class TopK {
    private final int k;
    private final int[] items;
    private final float[] scores;
    private int size;

    public TopK(int k) {
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        this.k = k;
        this.items = new int[k];
        this.scores = new float[k];
    }

    /** The score an offer must beat to enter (−∞ until the heap is full; +∞ when k = 0). */
    public float threshold() {
        if (k == 0) return Float.POSITIVE_INFINITY;
        return size < k ? Float.NEGATIVE_INFINITY : scores[0];
    }

    public void offer(int item, float score) {
        if (k == 0 || Float.isNaN(score)) return;
        if (size < k) {
            items[size] = item;
            scores[size] = score;
            siftUp(size++);
        } else if (worse(items[0], scores[0], item, score)) {
            items[0] = item;
            scores[0] = score;
            siftDown(0);
        }
    }

    public int size() {
        return size;
    }

    /** Empties the heap so the instance can be reused for the next query. */
    public void clear() {
        size = 0;
    }

    /** Items best first; the heap is left empty. */
    public int[] drainItems(float[] scoresOut) {
        int n = size;
        int[] outItems = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            outItems[i] = items[0];
            if (scoresOut != null) scoresOut[i] = scores[0];
            size--;
            items[0] = items[size];
            scores[0] = scores[size];
            siftDown(0);
        }
        return outItems;
    }

    /** Convenience: returns {items, scores} best first as a {@link Result}. */
    public Result drain() {
        float[] s = new float[size];
        int[] i = drainItems(s);
        return new Result(i, s);
    }

    public record Result(int[] items, float[] scores) {
        public int size() {
            return items.length;
        }

        @Override
        public String toString() {
            return "TopK.Result" + Arrays.toString(items);
        }
    }

    /** True when (ia, sa) ranks below (ib, sb). */
    private static boolean worse(int ia, float sa, int ib, float sb) {
        return sa < sb || (sa == sb && ia > ib);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(items[i], scores[i], items[parent], scores[parent])) break;
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < size && worse(items[l], scores[l], items[m], scores[m])) m = l;
            if (r < size && worse(items[r], scores[r], items[m], scores[m])) m = r;
            if (m == i) return;
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        int ti = items[a];
        items[a] = items[b];
        items[b] = ti;
        float ts = scores[a];
        scores[a] = scores[b];
        scores[b] = ts;
    }
}

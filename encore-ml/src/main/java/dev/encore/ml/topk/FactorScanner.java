package dev.encore.ml.topk;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.linalg.Panels;

/**
 * Exact top-K by inner product or cosine over a row-major item factor matrix. A scan this size is memory-bound, so
 * it reads a bfloat16 copy ({@link Panels}, half the bytes) and computes approximate scores 16 items per vector.
 * Every approximate score s is within a proven bound b of the exact float32 score, so an item whose s + b falls
 * below the k-th best s − b among allowed items cannot be in the answer; the few that survive are rescored exactly.
 * The result is the same as scoring every item with {@link #score} and sorting (ties to the smaller index).
 * Items are scanned in descending order of norm, so an inner-product search stops as soon as |q|·|y| of the next
 * item (a bound on every remaining score) falls below the k-th best lower bound: with skewed norms, as trained
 * factors have, most of a large catalog is never read. The filter is only consulted for items that pass the score
 * threshold. Thread-safe (no shared mutable state).
 */
public final class FactorScanner {
    /** Items per kernel call: scores for one chunk stay in L1. */
    private static final int CHUNK_BLOCKS = 64;

    private final float[] factors;
    private final int rows;
    private final int f;
    private final Panels panels;       // rows in scan order
    private final int[] order;         // scan position -> item, by descending norm (ties: smaller item first)
    private final float[] norms;       // by item
    private final float[] inverseNorms; // by item
    private final float[] posNorms;    // by scan position (padded to whole blocks with zeros)
    private final float[] posInverse;  // by scan position
    private final float[] posNonZero;  // cosine's error bound by scan position: 1, or 0 for a zero vector
    private final double eps;

    /** Indexes the first {@code rows} rows of {@code factors} (width f). The array is used in place, not copied. */
    public FactorScanner(float[] factors, int rows, int f) {
        if (f <= 0 || rows < 0 || (long) rows * f > factors.length) {
            throw new IllegalArgumentException("factor matrix of " + factors.length + " floats cannot hold " + rows
                    + " rows of width " + f);
        }
        this.factors = factors;
        this.rows = rows;
        this.f = f;
        this.norms = new float[rows];
        this.inverseNorms = new float[rows];
        long[] keys = new long[rows];
        for (int i = 0; i < rows; i++) {
            norms[i] = (float) Math.sqrt(Kernels.dot(factors, i * f, factors, i * f, f));
            inverseNorms[i] = norms[i] > 0 ? 1f / norms[i] : 0f;
            float n = Float.isNaN(norms[i]) ? Float.MAX_VALUE : norms[i]; // NaN rows first: never skipped
            keys[i] = ((long) ~Float.floatToIntBits(n) << 32) | i;         // ascending key = descending norm
        }
        java.util.Arrays.sort(keys);
        this.order = new int[rows];
        for (int p = 0; p < rows; p++) order[p] = (int) keys[p];
        this.panels = Panels.of(factors, order, rows, f);
        int padded = panels.blocks() * Panels.WIDTH;
        this.posNorms = new float[padded];
        this.posInverse = new float[padded];
        this.posNonZero = new float[padded];
        for (int p = 0; p < rows; p++) {
            posNorms[p] = norms[order[p]];
            posInverse[p] = inverseNorms[order[p]];
            posNonZero[p] = norms[order[p]] > 0 ? 1f : 0f;
        }
        // bf16 rounding (2^-8 relative) plus float rounding of both dot products, norms and scaling, with margin.
        this.eps = 1.01 * (Panels.RELATIVE_ERROR + (3.0 * f + 24) * 0x1p-24);
    }

    public int rows() {
        return rows;
    }

    public int factors() {
        return f;
    }

    /** The exact inner-product score of {@code item}. */
    public float score(float[] q, int item) {
        return Kernels.dot(factors, item * f, q, 0, f);
    }

    /** The exact cosine score of {@code item} for a unit-length query (0 for a zero item vector). */
    public float cosine(float[] unitQuery, int item) {
        return score(unitQuery, item) * inverseNorms[item];
    }

    /** Euclidean norm of an item's factor (as used for cosine). */
    public float norm(int item) {
        return norms[item];
    }

    /** The k items with the highest inner product with q that the filter allows, best first. */
    public TopK.Result topK(float[] q, int k, ItemFilter filter) {
        return search(q, k, filter, false);
    }

    /** The k items with the highest cosine with the unit-length query q that the filter allows, best first. */
    public TopK.Result topKCosine(float[] unitQuery, int k, ItemFilter filter) {
        return search(unitQuery, k, filter, true);
    }

    private TopK.Result search(float[] q, int k, ItemFilter filter, boolean cosine) {
        if (q.length != f) throw new IllegalArgumentException("query has " + q.length + " dimensions, the factors have " + f);
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        int half = panels.half();
        float[] qp = new float[2 * half];
        System.arraycopy(q, 0, qp, 0, f);
        double qNorm = Math.sqrt(Kernels.dot(q, 0, q, 0, f));
        float epsQ = (float) (eps * qNorm * (1 + 1e-6));
        float qNormUp = (float) (qNorm * (1 + 1e-5));
        float[] scale = cosine ? posInverse : null, bound = cosine ? posNonZero : posNorms;
        TopK lower = new TopK(k);
        Candidates cand = new Candidates();
        float[] out = new float[CHUNK_BLOCKS * Panels.WIDTH];
        int blocks = panels.blocks();
        for (int b0 = 0; b0 < blocks && k > 0; b0 += CHUNK_BLOCKS) {
            int b1 = Math.min(blocks, b0 + CHUNK_BLOCKS);
            float threshold = lower.threshold();
            int base = b0 * Panels.WIDTH, end = Math.min(rows, b1 * Panels.WIDTH);
            // |q·y| <= |q|·|y| <= |q|·(largest norm left): once that cannot enter, nothing left can.
            if (!cosine && qNormUp * posNorms[base] * (1 + 1e-6f) < threshold) break;
            // out = upper bounds s + b; a chunk whose best upper bound cannot enter is skipped whole.
            if (Kernels.panelScores(panels.data(), half, qp, b0, b1, scale, bound, epsQ, out) < threshold) continue;
            for (int p = base; p < end; p++) {
                float upper = out[p - base];
                int item = order[p];
                if (upper < threshold || !filter.allows(item)) continue;
                lower.offer(item, upper - 2 * epsQ * bound[p]);
                threshold = lower.threshold();
                cand.add(item, upper);
            }
        }
        // Any allowed item in the exact top k scores at least the k-th best lower bound.
        float cut = lower.threshold();
        TopK exact = new TopK(k);
        for (int c = 0; c < cand.size; c++) {
            if (cand.upper[c] < cut) continue;
            int item = cand.items[c];
            exact.offer(item, cosine ? cosine(q, item) : score(q, item));
        }
        return exact.drain();
    }

    /** Growable parallel arrays of candidate items and their score upper bounds. */
    private static final class Candidates {
        int[] items = new int[256];
        float[] upper = new float[256];
        int size;

        void add(int item, float ub) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
                upper = java.util.Arrays.copyOf(upper, size * 2);
            }
            items[size] = item;
            upper[size++] = ub;
        }
    }
}

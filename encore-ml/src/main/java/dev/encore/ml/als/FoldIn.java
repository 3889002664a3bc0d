package dev.encore.ml.als;

import dev.encore.ml.linalg.Cholesky;
import dev.encore.ml.linalg.Kernels;

/**
 * Computes a user's factor from their interactions against fixed item factors, without retraining: the exact
 * solution of (YᵀY + λI + Σ_j (c_j−1)·y_j·y_jᵀ)·x = Σ_j c_j·p_j·y_j by Cholesky (YᵀY + λI precomputed). The same
 * factorisation explains scores: since x = A⁻¹·Σ_j c_j·p_j·y_j, an item's score y·x splits into one term
 * c_j·p_j·(A⁻¹y)·y_j per history item j (the idea behind implicit's {@code explain}).
 */
final class FoldIn {
    private final float[] items;
    private final int f;
    private final float[] gram;
    private final AlsParams params;

    /** @param gram YᵀY + λI of the item factors (f×f) */
    FoldIn(float[] itemFactors, int f, float[] gram, AlsParams params) {
        this.items = itemFactors;
        this.f = f;
        this.gram = gram;
        this.params = params;
    }

    /** A solved user: the factor plus what explanations need. */
    final class Solution {
        final float[] x;
        private final Cholesky chol;
        private final int[] history;
        private final float[] cp;

        private Solution(float[] x, Cholesky chol, int[] history, float[] cp) {
            this.x = x;
            this.chol = chol;
            this.history = history;
            this.cp = cp;
        }

        /**
         * For each item, up to {@code max} history items adding most (and positively) to its score, largest first:
         * one float32 solve z = A⁻¹·y per item, then c_j·p_j·(z·y_j) per history item j.
         */
        int[][] because(int[] resultItems, int max) {
            int[][] out = new int[resultItems.length][];
            if (chol == null) {
                java.util.Arrays.fill(out, new int[0]);
                return out;
            }
            Cholesky.FloatSolver solver = chol.floatSolver();
            float[] z = new float[f];
            dev.encore.ml.topk.TopK top = new dev.encore.ml.topk.TopK(max);
            for (int r = 0; r < resultItems.length; r++) {
                solver.solve(items, resultItems[r] * f, z);
                for (int j = 0; j < history.length; j++) {
                    float c = cp[j] * Kernels.dot(items, history[j] * f, z, 0, f);
                    if (c > 0) top.offer(history[j], c);
                }
                out[r] = top.drain().items();
            }
            return out;
        }
    }

    /** Solves for the user with these items (dense indices) and training-matrix weights. */
    Solution solve(int[] history, float[] weights) {
        int n = history.length;
        if (n == 0) return new Solution(new float[f], null, history, new float[0]); // no evidence: x = 0
        float[] cm1 = new float[n], cp = new float[n];
        float[] a = gram.clone();
        float[] b = new float[f];
        for (int j = 0; j < n; j++) {
            cm1[j] = params.confidenceMinusOne(weights[j]);
            cp[j] = params.confidenceTimesPreference(weights[j]);
            Kernels.axpy(cp[j], items, history[j] * f, b, 0, f);
        }
        Kernels.gram(items, f, history, 0, n, cm1, a);
        double[] ad = new double[f * f];
        for (int i = 0; i < ad.length; i++) ad[i] = a[i];
        double[] bd = new double[f];
        for (int i = 0; i < f; i++) bd[i] = b[i];
        Cholesky chol = Cholesky.factor(ad, f);
        double[] xd = chol.solve(bd);
        float[] x = new float[f];
        for (int i = 0; i < f; i++) x[i] = (float) xd[i];
        return new Solution(x, chol, history, cp);
    }
}

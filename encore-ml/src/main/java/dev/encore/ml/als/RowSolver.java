package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.linalg.Kernels;

/**
 * Solves one row of an ALS half-sweep with the conjugate-gradient method of Takács et al. (2011), as the implicit
 * library does: a few CG steps on (G + Σ_j (c_j−1)·y_j·y_jᵀ)·x = Σ_j c_j·p_j·y_j, warm-started from the row's
 * current factor, where G = YᵀY + λI is shared by all rows and the sparse sum is never formed (each product costs
 * one dot and one axpy per observed item). One instance per worker thread: it owns the scratch vectors, so a row
 * costs no allocation, and its result depends only on the row, never on the thread.
 */
final class RowSolver {
    /** Residual below which a row counts as solved (as in implicit). */
    private static final float EPS = 1e-20f;

    private final AlsParams params;
    private final int f;
    private final float[] r, p, ap;
    private float[] cp, cm1, negCm1;

    RowSolver(AlsParams params) {
        this.params = params;
        this.f = params.factors();
        this.r = new float[f];
        this.p = new float[f];
        this.ap = new float[f];
        this.cp = new float[16];
        this.cm1 = new float[16];
        this.negCm1 = new float[16];
    }

    /** Updates row {@code row} of x (width f) in place against the fixed factors y and Gram matrix g = YᵀY + λI. */
    void solve(InteractionMatrix m, int row, float[] x, float[] y, float[] g) {
        int start = m.rowStart(row), n = m.rowEnd(row) - start, xo = row * f;
        if (n == 0) {
            java.util.Arrays.fill(x, xo, xo + f, 0f); // no evidence: the regularised optimum is zero
            return;
        }
        confidences(m, start, n);
        int[] idx = m.indices();
        // r = b − A·x = −G·x + Σ_j (c_j·p_j − (c_j−1)·(y_j·x))·y_j
        Kernels.symv(g, f, x, xo, -1f, r);
        Kernels.sparseAccumulate(y, f, idx, start, n, cp, negCm1, x, xo, r);
        System.arraycopy(r, 0, p, 0, f);
        float rsOld = Kernels.dot(r, 0, r, 0, f);
        if (rsOld < EPS) return;
        for (int step = 0; step < params.cgSteps(); step++) {
            // ap = A·p = G·p + Σ_j (c_j−1)·(y_j·p)·y_j
            Kernels.symv(g, f, p, 0, 1f, ap);
            Kernels.sparseAccumulate(y, f, idx, start, n, null, cm1, p, 0, ap);
            float pap = Kernels.dot(p, 0, ap, 0, f);
            if (!(pap > 0)) break; // only with regularization 0 and a degenerate row: keep the last good x
            float alpha = rsOld / pap;
            Kernels.axpy(alpha, p, 0, x, xo, f);
            Kernels.axpy(-alpha, ap, 0, r, 0, f);
            float rsNew = Kernels.dot(r, 0, r, 0, f);
            if (rsNew < EPS) break;
            float beta = rsNew / rsOld;
            for (int i = 0; i < f; i++) p[i] = r[i] + beta * p[i];
            rsOld = rsNew;
        }
    }

    /**
     * This row's share of the unnormalised training loss, given its final factor: x·(YᵀY)·x plus, for each observed
     * cell, c·p² − 2·c·p·(x·y) + (c−1)·(x·y)² (the correction of the unobserved-cell term that x·YᵀY·x counted).
     * Summed over all rows this is Σ over all cells of c·(p − x·y)², without the regularisation.
     */
    double loss(InteractionMatrix m, int row, float[] x, float[] y, float[] g) {
        int start = m.rowStart(row), n = m.rowEnd(row) - start, xo = row * f;
        Kernels.symv(g, f, x, xo, 1f, r);
        double xx = Kernels.dot(x, xo, x, xo, f);
        double sum = Kernels.dot(r, 0, x, xo, f) - params.regularization() * xx;
        int[] idx = m.indices();
        float[] w = m.values();
        for (int j = 0; j < n; j++) {
            double d = Kernels.dot(y, idx[start + j] * f, x, xo, f);
            double cpj = params.confidenceTimesPreference(w[start + j]);
            sum += cpj - 2 * cpj * d + params.confidenceMinusOne(w[start + j]) * d * d;
        }
        return sum;
    }

    private void confidences(InteractionMatrix m, int start, int n) {
        if (cp.length < n) {
            int cap = Math.max(n, cp.length * 2);
            cp = new float[cap];
            cm1 = new float[cap];
            negCm1 = new float[cap];
        }
        float[] w = m.values();
        for (int j = 0; j < n; j++) {
            float wj = w[start + j];
            cp[j] = params.confidenceTimesPreference(wj);
            cm1[j] = params.confidenceMinusOne(wj);
            negCm1[j] = -cm1[j];
        }
    }
}

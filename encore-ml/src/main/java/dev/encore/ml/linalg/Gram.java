package dev.encore.ml.linalg;

/**
 * MᵀM for a row-major matrix, computed in fixed blocks of rows whose partial sums are added in block order (in
 * double), so the result is the same whatever the thread count or scheduling.
 */
public final class Gram {
    private static final int BLOCK = 4096;

    private Gram() {}

    /** The f×f matrix Σ_r m_r m_rᵀ over rows [0, rows), plus {@code ridge} on the diagonal, exactly symmetric. */
    public static float[] of(float[] m, int rows, int f, double ridge, WorkerPool pool) {
        int blocks = (rows + BLOCK - 1) / BLOCK;
        float[][] partial = new float[blocks][];
        pool.forEachChunk(blocks, 1, () -> null, (unused, b, bEnd) -> {
            float[] g = new float[f * f];
            Kernels.gram(m, f, null, b * BLOCK, Math.min(rows, (b + 1) * BLOCK), null, g);
            partial[b] = g;
        });
        double[] sum = new double[f * f];
        for (float[] g : partial) {
            for (int i = 0; i < sum.length; i++) sum[i] += g[i];
        }
        float[] out = new float[f * f];
        for (int r = 0; r < f; r++) {
            for (int c = 0; c < f; c++) {
                out[r * f + c] = (float) ((sum[r * f + c] + sum[c * f + r]) / 2 + (r == c ? ridge : 0));
            }
        }
        return out;
    }
}

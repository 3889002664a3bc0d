package dev.encore.ml.linalg;

/**
 * Plain-Java versions of the dense float kernels (see {@link Kernels} for the contracts). Used when the JVM runs
 * without {@code jdk.incubator.vector}, and in tests as the obviously-correct twin of {@link SimdKernels}.
 */
public final class ScalarKernels {
    private ScalarKernels() {}

    public static float dot(float[] a, int ao, float[] b, int bo, int n) {
        // Four partial sums: independent chains the CPU can overlap (the JIT does not vectorise float reductions).
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[ao + i] * b[bo + i];
            s1 += a[ao + i + 1] * b[bo + i + 1];
            s2 += a[ao + i + 2] * b[bo + i + 2];
            s3 += a[ao + i + 3] * b[bo + i + 3];
        }
        for (; i < n; i++) s0 += a[ao + i] * b[bo + i];
        return (s0 + s1) + (s2 + s3);
    }

    public static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        for (int i = 0; i < n; i++) y[yo + i] += alpha * x[xo + i];
    }

    public static void symv(float[] a, int f, float[] x, int xo, float scale, float[] y) {
        java.util.Arrays.fill(y, 0, f, 0f);
        for (int j = 0; j < f; j++) axpy(scale * x[xo + j], a, j * f, y, 0, f);
    }

    public static void sparseAccumulate(float[] m, int f, int[] idx, int from, int n, float[] a, float[] b,
                                        float[] v, int vo, float[] out) {
        for (int j = 0; j < n; j++) {
            int off = idx[from + j] * f;
            float t = b[j] * dot(m, off, v, vo, f);
            if (a != null) t += a[j];
            axpy(t, m, off, out, 0, f);
        }
    }

    public static void gram(float[] m, int f, int[] idx, int from, int to, float[] w, float[] g) {
        for (int p = from; p < to; p++) {
            int off = (idx == null ? p : idx[p]) * f;
            float wt = w == null ? 1f : w[p - from];
            for (int r = 0; r < f; r++) axpy(wt * m[off + r], m, off, g, r * f, f);
        }
    }

    public static float panelScores(int[] panels, int half, float[] q, int blockFrom, int blockTo, float[] scale,
                                    float[] bound, float eps, float[] out) {
        int w = Panels.WIDTH;
        float max = Float.NEGATIVE_INFINITY;
        float[] acc = new float[w];
        for (int blk = blockFrom; blk < blockTo; blk++) {
            java.util.Arrays.fill(acc, 0f);
            int base = blk * half * w;
            for (int k = 0; k < half; k++) {
                float qlo = q[k], qhi = q[k + half];
                for (int lane = 0; lane < w; lane++) {
                    int bits = panels[base + k * w + lane];
                    acc[lane] += Float.intBitsToFloat(bits << 16) * qlo + Float.intBitsToFloat(bits & 0xFFFF0000) * qhi;
                }
            }
            int o = (blk - blockFrom) * w;
            for (int lane = 0; lane < w; lane++) {
                float v = scale == null ? acc[lane] : acc[lane] * scale[blk * w + lane];
                out[o + lane] = v = v + eps * bound[blk * w + lane];
                max = Math.max(max, v);
            }
        }
        return max;
    }
}

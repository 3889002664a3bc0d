package dev.encore.ml.linalg;

/**
 * The dense float32 kernels behind ALS, top-K and ANN. Each call goes to {@link SimdKernels} (incubator Vector API)
 * when the JVM was started with {@code --add-modules jdk.incubator.vector}, otherwise to {@link ScalarKernels};
 * the choice is a constant, so the JIT inlines straight to one of them. Setting the system property
 * {@code encore.simd=false} forces the scalar kernels. Matrices are row-major {@code float[]} with a row stride
 * equal to their width.
 */
public final class Kernels {
    /** True when the Vector API kernels are in use. */
    public static final boolean SIMD = simdAvailable();

    private Kernels() {}

    private static boolean simdAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty("encore.simd"))) return false;
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** A one-line description for benchmark reports, e.g. "simd-512" or "scalar". */
    public static String describe() {
        return SIMD ? "simd-" + (SimdKernels.lanes() * 32) : "scalar";
    }

    /** Σ a[ao+i]·b[bo+i] for i &lt; n. */
    public static float dot(float[] a, int ao, float[] b, int bo, int n) {
        return SIMD ? SimdKernels.dot(a, ao, b, bo, n) : ScalarKernels.dot(a, ao, b, bo, n);
    }

    /** y[yo+i] += alpha·x[xo+i] for i &lt; n. */
    public static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        if (SIMD) SimdKernels.axpy(alpha, x, xo, y, yo, n);
        else ScalarKernels.axpy(alpha, x, xo, y, yo, n);
    }

    /** y[0..f) = scale · A·x[xo..xo+f) for a symmetric f×f matrix A (full storage). */
    public static void symv(float[] a, int f, float[] x, int xo, float scale, float[] y) {
        if (SIMD) SimdKernels.symv(a, f, x, xo, scale, y);
        else ScalarKernels.symv(a, f, x, xo, scale, y);
    }

    /**
     * out[0..f) += Σ_j (a[j] + b[j]·(m_r · v)) · m_r over j &lt; n, where r = idx[from+j] and m_r is row r of m
     * (width f); {@code a} may be null (zero). This is the sparse half of one conjugate-gradient product in ALS.
     */
    public static void sparseAccumulate(float[] m, int f, int[] idx, int from, int n, float[] a, float[] b,
                                        float[] v, int vo, float[] out) {
        if (SIMD) SimdKernels.sparseAccumulate(m, f, idx, from, n, a, b, v, vo, out);
        else ScalarKernels.sparseAccumulate(m, f, idx, from, n, a, b, v, vo, out);
    }

    /**
     * g (f×f, full) += Σ_p w[p-from]·m_r·m_rᵀ for p in [from, to), where r = idx[p], or r = p when idx is null;
     * w may be null (all ones).
     */
    public static void gram(float[] m, int f, int[] idx, int from, int to, float[] w, float[] g) {
        if (SIMD) SimdKernels.gram(m, f, idx, from, to, w, g);
        else ScalarKernels.gram(m, f, idx, from, to, w, g);
    }

    /**
     * Upper bounds on the scores of the items in panel blocks [blockFrom, blockTo) (see {@link Panels}): the
     * approximate score against q (length ≥ 2·half, zero-padded), times scale[item] when scale is not null, plus
     * eps·bound[item]; written to out[(blk-blockFrom)·16 + lane]. Returns the largest value written, so a caller
     * can skip the whole range when even that cannot enter its top-K.
     */
    public static float panelScores(int[] panels, int half, float[] q, int blockFrom, int blockTo, float[] scale,
                                    float[] bound, float eps, float[] out) {
        return SIMD ? SimdKernels.panelScores(panels, half, q, blockFrom, blockTo, scale, bound, eps, out)
                : ScalarKernels.panelScores(panels, half, q, blockFrom, blockTo, scale, bound, eps, out);
    }
}

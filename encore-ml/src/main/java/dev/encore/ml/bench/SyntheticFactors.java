package dev.encore.ml.bench;

import java.util.SplittableRandom;

/**
 * Seeded factor-like vectors for top-K and ANN benchmarks: Gaussian directions with log-normal norms (popular items
 * have larger factors in trained models, so inner-product scores are skewed the same way). Harder for ANN than
 * real factors, whose directions cluster by taste.
 */
public final class SyntheticFactors {
    private SyntheticFactors() {}

    /** n rows of width dim, row-major. */
    public static float[] gaussian(int n, int dim, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] out = new float[Math.multiplyExact(n, dim)];
        for (int i = 0; i < n; i++) {
            double norm = Math.exp(0.5 * gaussian(rnd)) / Math.sqrt(dim);
            for (int d = 0; d < dim; d++) out[i * dim + d] = (float) (gaussian(rnd) * norm);
        }
        return out;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}

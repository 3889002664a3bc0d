package dev.encore.ml.ease;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.registry.Parallel;

/** The item × item Gram matrix XᵀX in float64, row i from item i's listeners, rows shared over threads. */
final class Gram {
    private Gram() {}

    /** @param binary use 1 for every stored cell instead of its weight (EASE's usual input) */
    static double[][] of(InteractionMatrix x, boolean binary, int threads) {
        InteractionMatrix xt = x.transpose();
        int n = x.cols();
        double[][] g = new double[n][];
        int[] idx = x.indices();
        float[] val = x.values();
        Parallel.forRange(n, threads, 32, (from, to) -> {
            for (int i = from; i < to; i++) {
                double[] row = new double[n];
                for (int p = xt.rowStart(i); p < xt.rowEnd(i); p++) {
                    int u = xt.indices()[p];
                    double wu = binary ? 1 : xt.values()[p];
                    for (int q = x.rowStart(u); q < x.rowEnd(u); q++) row[idx[q]] += wu * (binary ? 1 : val[q]);
                }
                g[i] = row;
            }
        });
        return g;
    }
}

package dev.encore.ml.ease;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.registry.Parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * EASE (Steck 2019, "Embarrassingly Shallow Autoencoders"), name {@code "ease"}: the closed form
 * {@code B = I − P · diagMat(1 / diag(P))} with {@code P = (XᵀX + λI)⁻¹}, i.e. {@code B_ij = −P_ij / P_jj} and a zero
 * diagonal. Parameters: {@code lambda=500}, {@code binary=true} (X holds 1 per listened cell, as in the paper;
 * false uses the confidence weights), {@code maxItems=50000}, {@code min_users=1}, {@code threads}.
 *
 * <p>{@code min_users=N} fits only on items with at least N distinct users; the others keep no weights, score 0 and
 * are never recommended (a listener-count floor is the usual way to fit EASE on a long-tail catalogue). With
 * {@code min_users=1} nothing is pruned. {@code maxItems} and the memory check apply to the fitted items.
 *
 * <p>Dense and cubic: time grows as items³ (the inverse is n³ multiply-adds in float64) and memory as about
 * 8 bytes · items² (the float64 Gram matrix, inverted in place, then turned row by row into float32 weights).
 * Larger catalogs are refused before any work, with a message saying what to change; fit on the most popular
 * items instead.
 */
public final class EaseRecommender implements Recommender {
    public static final String NAME = "ease";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Model fit(InteractionMatrix x, Params params) {
        double lambda = params.getDouble("lambda", 500);
        boolean binary = params.getBoolean("binary", true);
        int maxItems = params.getInt("maxItems", 50_000);
        int threads = Parallel.threads(params);
        if (!(lambda > 0)) throw new IllegalArgumentException("parameter lambda=" + lambda + " must be > 0 (it keeps XᵀX + λI invertible)");
        ItemSubset subset = ItemSubset.withMinUsers(x, params.getInt("min_users", 1));
        int n = subset.size();
        if (n == 0)
            throw new IllegalArgumentException("min_users=" + params.getInt("min_users", 1) + " leaves no item to fit"
                    + " (the most popular item has fewer listeners); lower min_users");
        if (n > maxItems)
            throw new IllegalArgumentException("EASE is dense: " + n + " items exceed maxItems=" + maxItems
                    + "; prune rare items with min_users=N (or use itemknn/als), or raise maxItems if you have the memory");
        checkMemory(n);
        double[][] p = Gram.of(subset.restrict(x), binary, threads);
        for (int i = 0; i < n; i++) p[i][i] += lambda;
        SpdInverse.invert(p, threads);
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) diag[i] = p[i][i];
        float[][] b = new float[n][];
        for (int i = 0; i < n; i++) {
            double[] pi = p[i];
            float[] bi = new float[n];
            for (int j = 0; j < n; j++) bi[j] = i == j ? 0f : (float) (-pi[j] / diag[j]);
            b[i] = bi;
            p[i] = null; // row by row, so float64 P and float32 B never both fill the heap
        }
        return new EaseModel(x.rows(), subset, b, binary, params);
    }

    /** Refuses a fit that cannot finish in this JVM's heap, before spending minutes on it. */
    static void checkMemory(int n) {
        double need = 9.0 * n * n; // 8 bytes per cell for P, plus headroom while rows turn into float32 B
        long max = Runtime.getRuntime().maxMemory();
        if (need > 0.9 * max)
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "EASE on %d items needs about %.1f GB of heap (a float64 items × items matrix); this JVM may use"
                            + " %.1f GB: raise -Xmx or fit on fewer items (min_users=N)", n, need / 1e9, max / 1e9));
    }

    @Override
    public Model load(Path dir) throws IOException {
        return EaseModel.load(dir);
    }
}

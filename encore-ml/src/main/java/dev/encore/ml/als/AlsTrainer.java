package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.linalg.Gram;
import dev.encore.ml.linalg.WorkerPool;

import java.util.SplittableRandom;

/**
 * Implicit-feedback ALS (Hu, Koren &amp; Volinsky 2008) trained with per-row conjugate gradient. Each iteration
 * solves all users against fixed items, then all items against fixed users; rows are spread over worker threads in
 * dynamically handed-out chunks. Everything a row computes depends only on that row and on Gram matrices reduced in
 * a fixed order, so the factors are bit-identical for a seed whatever the thread count.
 */
public final class AlsTrainer {
    /** Rows per scheduling chunk: small enough to balance power-law rows, large enough to amortise the hand-out. */
    private static final int CHUNK = 32;

    private AlsTrainer() {}

    /** Reports progress after each iteration (loss is NaN when not computed). */
    @FunctionalInterface
    public interface Listener {
        void iterationDone(int iteration, double seconds, double loss);

        Listener NONE = (i, s, l) -> {};
    }

    /** Trains from seeded initial factors (uniform in [0, 0.01), as implicit does). */
    public static AlsFactors train(InteractionMatrix userItems, AlsParams params, Listener listener) {
        long t0 = System.nanoTime();
        float[][] init = initialFactors(userItems.rows(), userItems.cols(), params.factors(), params.seed());
        return train(userItems, params, init[0], init[1], listener, t0);
    }

    /** Trains from the given initial factors (row-major, copied), e.g. to compare against a reference solver. */
    public static AlsFactors train(InteractionMatrix userItems, AlsParams params, float[] userInit, float[] itemInit,
                                   Listener listener) {
        int f = params.factors();
        requireLength("user", userInit, (long) userItems.rows() * f);
        requireLength("item", itemInit, (long) userItems.cols() * f);
        return train(userItems, params, userInit.clone(), itemInit.clone(), listener, System.nanoTime());
    }

    /** Seeded factors: users first, then items, each uniform in [0, 0.01). */
    public static float[][] initialFactors(int users, int items, int factors, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[Math.multiplyExact(users, factors)];
        float[] y = new float[Math.multiplyExact(items, factors)];
        for (int i = 0; i < x.length; i++) x[i] = (float) (rnd.nextDouble() * 0.01);
        for (int i = 0; i < y.length; i++) y[i] = (float) (rnd.nextDouble() * 0.01);
        return new float[][] {x, y};
    }

    private static AlsFactors train(InteractionMatrix ui, AlsParams params, float[] x, float[] y, Listener listener,
                                    long t0) {
        int f = params.factors();
        InteractionMatrix iu = ui.transpose();
        double[] loss = new double[params.iterations()];
        double[] seconds = new double[params.iterations()];
        double cellConfidence = totalConfidence(ui, params);
        try (WorkerPool pool = new WorkerPool(params.threads())) {
            double setup = (System.nanoTime() - t0) / 1e9;
            for (int it = 0; it < params.iterations(); it++) {
                long s = System.nanoTime();
                float[] gy = Gram.of(y, ui.cols(), f, params.regularization(), pool);
                sweep(pool, ui, x, y, gy, params, null);
                float[] gx = Gram.of(x, ui.rows(), f, params.regularization(), pool);
                double[] rowLoss = params.computeLoss() ? new double[iu.rows()] : null;
                sweep(pool, iu, y, x, gx, params, rowLoss);
                loss[it] = rowLoss == null ? Double.NaN
                        : (sum(rowLoss) + params.regularization() * (squaredNorm(x) + squaredNorm(y))) / cellConfidence;
                seconds[it] = (System.nanoTime() - s) / 1e9;
                listener.iterationDone(it, seconds[it], loss[it]);
            }
            return new AlsFactors(ui.rows(), ui.cols(), f, x, y, loss, seconds, setup,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** One half-sweep: every row of {@code x} (rows of m) against fixed {@code y}; optionally each row's loss share. */
    private static void sweep(WorkerPool pool, InteractionMatrix m, float[] x, float[] y, float[] g, AlsParams params,
                              double[] rowLoss) {
        pool.forEachChunk(m.rows(), CHUNK, () -> new RowSolver(params), (solver, from, to) -> {
            for (int row = from; row < to; row++) {
                solver.solve(m, row, x, y, g);
                if (rowLoss != null) rowLoss[row] = solver.loss(m, row, x, y, g);
            }
        });
    }

    /** Σ of confidences over all cells: observed ones (1 + alpha·|w|) plus one per unobserved cell. */
    static double totalConfidence(InteractionMatrix m, AlsParams params) {
        double observed = 0;
        for (float w : m.values()) observed += 1 + params.confidenceMinusOne(w);
        return observed + ((double) m.rows() * m.cols() - m.nnz());
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }

    private static double squaredNorm(float[] a) {
        double s = 0;
        for (float v : a) s += (double) v * v;
        return s;
    }

    private static void requireLength(String what, float[] a, long expected) {
        if (a.length != expected) {
            throw new IllegalArgumentException(what + " initial factors have " + a.length + " entries, expected "
                    + expected + " (rows × factors)");
        }
    }
}

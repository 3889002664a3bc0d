package dev.encore.ml.als;

import dev.encore.ml.Params;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of implicit ALS. Confidence of an observed cell with weight w is {@code 1 + alpha·|w|}, its
 * preference 1 when w &gt; 0 (0 for a negative weight, i.e. a dislike); unobserved cells have confidence 1 and
 * preference 0.
 *
 * @param factors        rank of the factorisation
 * @param regularization L2 penalty on both factor matrices
 * @param alpha          confidence scale
 * @param iterations     alternating sweeps (users then items)
 * @param cgSteps        conjugate-gradient steps per row and sweep (implicit's default: 3)
 * @param threads        worker threads, 0 = all cores (results do not depend on it)
 * @param seed           seed of the initial factors
 * @param computeLoss    compute the training loss after every iteration (costs ~5% of an iteration)
 */
public record AlsParams(int factors, double regularization, double alpha, int iterations, int cgSteps, int threads,
                        long seed, boolean computeLoss) {

    public static final int DEFAULT_FACTORS = 64;
    public static final double DEFAULT_REGULARIZATION = 0.01;
    public static final double DEFAULT_ALPHA = 10.0;
    public static final int DEFAULT_ITERATIONS = 15;
    public static final int DEFAULT_CG_STEPS = 3;
    public static final long DEFAULT_SEED = 42;

    public AlsParams {
        require(factors >= 1 && factors <= 4096, "factors", factors, "an integer in [1, 4096], e.g. factors=64");
        require(regularization >= 0 && Double.isFinite(regularization), "regularization", regularization,
                "a finite number >= 0, e.g. regularization=0.01");
        require(alpha >= 0 && Double.isFinite(alpha), "alpha", alpha, "a finite number >= 0, e.g. alpha=10");
        require(iterations >= 0, "iterations", iterations, "an integer >= 0, e.g. iterations=15");
        require(cgSteps >= 1, "cg_steps", cgSteps, "an integer >= 1, e.g. cg_steps=3");
        require(threads >= 0, "threads", threads, "an integer >= 0 (0 = all cores)");
    }

    public static AlsParams defaults() {
        return new AlsParams(DEFAULT_FACTORS, DEFAULT_REGULARIZATION, DEFAULT_ALPHA, DEFAULT_ITERATIONS,
                DEFAULT_CG_STEPS, 0, DEFAULT_SEED, true);
    }

    /** Reads factors, regularization, alpha, iterations, cg_steps, threads, seed and calculate_loss from params. */
    public static AlsParams from(Params p) {
        return new AlsParams(p.getInt("factors", DEFAULT_FACTORS), p.getDouble("regularization", DEFAULT_REGULARIZATION),
                p.getDouble("alpha", DEFAULT_ALPHA), p.getInt("iterations", DEFAULT_ITERATIONS),
                p.getInt("cg_steps", DEFAULT_CG_STEPS), p.getInt("threads", 0), p.getLong("seed", DEFAULT_SEED),
                p.getBoolean("calculate_loss", true));
    }

    public AlsParams withIterations(int n) {
        return new AlsParams(factors, regularization, alpha, n, cgSteps, threads, seed, computeLoss);
    }

    public AlsParams withThreads(int n) {
        return new AlsParams(factors, regularization, alpha, iterations, cgSteps, n, seed, computeLoss);
    }

    public AlsParams withCgSteps(int n) {
        return new AlsParams(factors, regularization, alpha, iterations, n, threads, seed, computeLoss);
    }

    public AlsParams withComputeLoss(boolean b) {
        return new AlsParams(factors, regularization, alpha, iterations, cgSteps, threads, seed, b);
    }

    /** The parameters under the names {@link #from} reads (threads excluded: it does not change the model). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factors", factors);
        m.put("regularization", regularization);
        m.put("alpha", alpha);
        m.put("iterations", iterations);
        m.put("cg_steps", cgSteps);
        m.put("seed", seed);
        return m;
    }

    /** Confidence minus one for a cell of weight w. */
    float confidenceMinusOne(float w) {
        return (float) alpha * Math.abs(w);
    }

    /** Confidence times preference for a cell of weight w (0 for a negative weight). */
    float confidenceTimesPreference(float w) {
        return w > 0 ? 1f + (float) alpha * w : 0f;
    }

    private static void require(boolean ok, String name, Object value, String expected) {
        if (!ok) throw new IllegalArgumentException("ALS parameter " + name + "=" + value + " is invalid: expected " + expected);
    }
}

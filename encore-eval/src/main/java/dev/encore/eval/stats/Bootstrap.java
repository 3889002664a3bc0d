package dev.encore.eval.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap confidence intervals over users (Efron &amp; Tibshirani, An Introduction to the Bootstrap,
 * 1993, ch. 13): draw {@code resamples} samples of the n users with replacement, compute the statistic on each,
 * and take the 2.5% and 97.5% quantiles. Resample b draws from its own generator seeded by (seed, b), so the
 * resamples run in parallel and the result is the same for a given seed whatever the thread count.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;

    private Bootstrap() {}

    /** CI of the mean of per-user values; NaN values (users for whom the metric is undefined) are left out. */
    public static Estimate mean(double[] perUser, int resamples, long seed) {
        double[] v = Arrays.stream(perUser).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) return Estimate.empty();
        return of(v.length, sample -> mean(v, sample), resamples, seed);
    }

    /**
     * CI of any statistic of a user sample: {@code statistic} gets the indices (0..n-1, with repeats) of one
     * resample and must be thread-safe; the point value uses the identity sample 0..n-1.
     */
    public static Estimate of(int n, ToDoubleFunction<int[]> statistic, int resamples, long seed) {
        if (n == 0) return Estimate.empty();
        int[] identity = IntStream.range(0, n).toArray();
        double value = statistic.applyAsDouble(identity);
        double[] stats = distribution(n, statistic, resamples, seed);
        Arrays.sort(stats);
        return new Estimate(value, quantile(stats, 0.025), quantile(stats, 0.975), n);
    }

    /**
     * CI of a catalogue-level statistic that is not a mean over users (coverage, exposure Gini). Such statistics
     * shrink when a resample repeats users (only ~63% of a resample's users are distinct), so the plain percentile
     * interval can miss the full-sample value entirely. This one subtracts the bootstrap bias estimate
     * mean(θ*) − θ̂ from both percentiles (Efron &amp; Tibshirani 1993, §10.2), centring the interval on θ̂ with the
     * bootstrap's spread; an approximation, reported as such.
     */
    public static Estimate biasCorrected(int n, ToDoubleFunction<int[]> statistic, int resamples, long seed) {
        if (n == 0) return Estimate.empty();
        double value = statistic.applyAsDouble(IntStream.range(0, n).toArray());
        double[] stats = distribution(n, statistic, resamples, seed);
        double bias = Arrays.stream(stats).average().orElse(value) - value;
        Arrays.sort(stats);
        return new Estimate(value, quantile(stats, 0.025) - bias, quantile(stats, 0.975) - bias, n);
    }

    /** The statistic on each of {@code resamples} resamples, in resample order (unsorted). */
    public static double[] distribution(int n, ToDoubleFunction<int[]> statistic, int resamples, long seed) {
        if (resamples < 1) throw new IllegalArgumentException("bootstrap needs >= 1 resample, got " + resamples);
        double[] stats = new double[resamples];
        IntStream.range(0, resamples).parallel().forEach(b -> {
            SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + b);
            int[] sample = new int[n];
            for (int i = 0; i < n; i++) sample[i] = rnd.nextInt(n);
            stats[b] = statistic.applyAsDouble(sample);
        });
        return stats;
    }

    static double mean(double[] v, int[] sample) {
        double s = 0;
        for (int i : sample) s += v[i];
        return s / sample.length;
    }

    /** Linear-interpolated quantile of sorted values (type 7 of Hyndman &amp; Fan 1996, as in R and NumPy). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

package dev.encore.eval.stats;

/**
 * A figure with its 95% confidence interval [lo, hi] and the number of users it rests on. {@code value} is the
 * statistic on the full sample (not the bootstrap mean). NaN everywhere when no user qualified.
 */
public record Estimate(double value, double lo, double hi, int n) {
    public static Estimate empty() {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
}

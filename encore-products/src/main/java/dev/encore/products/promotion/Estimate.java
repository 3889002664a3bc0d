package dev.encore.products.promotion;

/**
 * An incremental effect with its 95% confidence interval: treatment minus holdout mean per listener, scaled to
 * the treatment population, with Welch's standard error (normal approximation, fine for the hundreds of
 * listeners a day a campaign report is about). Bounds are null when the holdout has fewer than two listeners.
 */
public record Estimate(double value, Double low, Double high, long treatmentListeners, long holdoutListeners) {
    static final double Z95 = 1.959963984540054;

    /** From per-listener sums: n, sum and sum of squares of the outcome in each group. */
    static Estimate of(long nt, double sumT, double sqT, long nh, double sumH, double sqH) {
        if (nt == 0) return new Estimate(0, null, null, 0, nh);
        double mt = sumT / nt;
        double mh = nh == 0 ? 0 : sumH / nh;
        double value = (mt - mh) * nt;
        if (nh < 2 || nt < 2) return new Estimate(value, null, null, nt, nh);
        double vt = Math.max(0, (sqT - nt * mt * mt) / (nt - 1));
        double vh = Math.max(0, (sqH - nh * mh * mh) / (nh - 1));
        double se = Math.sqrt(vt / nt + vh / nh) * nt;
        return new Estimate(value, value - Z95 * se, value + Z95 * se, nt, nh);
    }

    /** Whether the interval excludes zero. */
    public boolean significant() {
        return low != null && (low > 0 || high < 0);
    }
}

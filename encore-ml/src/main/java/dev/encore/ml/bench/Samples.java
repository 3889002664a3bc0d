package dev.encore.ml.bench;

import java.util.Arrays;

/** Summary statistics of repeated measurements (seconds, milliseconds, ... as the caller chooses). */
public record Samples(double[] values) {
    public Samples {
        if (values.length == 0) throw new IllegalArgumentException("no samples");
        values = values.clone();
    }

    public double median() {
        return quantile(0.5);
    }

    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** The q-quantile by nearest rank (q = 0.99 gives p99). */
    public double quantile(double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(q * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    public int count() {
        return values.length;
    }
}

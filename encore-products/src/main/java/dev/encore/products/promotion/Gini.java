package dev.encore.products.promotion;

import java.util.Arrays;

/** The Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one takes everything. */
public final class Gini {
    private Gini() {}

    public static double of(double[] values) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = 0, weighted = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) throw new IllegalArgumentException("Gini needs non-negative values, got " + v[i]);
            sum += v[i];
            weighted += (i + 1) * v[i];
        }
        if (sum == 0) return 0;
        int n = v.length;
        return (2 * weighted) / (n * sum) - (n + 1.0) / n;
    }
}

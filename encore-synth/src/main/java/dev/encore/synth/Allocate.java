package dev.encore.synth;

import java.util.Arrays;

/** Splits a whole number into parts proportional to weights, exactly (largest-remainder method). */
final class Allocate {
    private Allocate() {}

    /**
     * Parts summing to {@code total}, each at least {@code minEach}, the rest proportional to {@code weights};
     * leftover units go to the largest fractional parts, ties to the lower index.
     *
     * @throws IllegalArgumentException if {@code total < minEach * weights.length} or the weights are not usable
     */
    static int[] proportional(long total, double[] weights, int minEach) {
        int n = weights.length;
        long spare = total - (long) minEach * n;
        if (spare < 0) throw new IllegalArgumentException("cannot give " + n + " parts at least " + minEach + " out of " + total);
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
            sum += w;
        }
        if (sum <= 0 && spare > 0) throw new IllegalArgumentException("weights must not all be zero");
        int[] parts = new int[n];
        double[] rest = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = spare == 0 ? 0 : spare * (weights[i] / sum);
            long whole = (long) exact;
            if (whole + minEach > Integer.MAX_VALUE) throw new IllegalArgumentException("part " + i + " exceeds an int");
            parts[i] = (int) (minEach + whole);
            rest[i] = exact - whole;
            given += whole;
        }
        long left = spare - given;
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> rest[x] != rest[y] ? Double.compare(rest[y], rest[x]) : Integer.compare(x, y));
            for (int k = 0; k < left; k++) parts[order[k % n]]++;
        }
        return parts;
    }
}

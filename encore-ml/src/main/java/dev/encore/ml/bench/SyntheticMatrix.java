package dev.encore.ml.bench;

import dev.encore.core.matrix.InteractionMatrix;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic user × item matrices shaped like listening data, for benchmarks: Zipf-like item popularity,
 * log-normal user activity, and latent taste (each item belongs to one of {@link #GENRES} genres; a user draws most
 * of their items from a favourite genre) so factor models have structure to find. Weights are log1p(play count).
 * Not a data set generator for evaluation (encore-synth builds those); just fast, reproducible load.
 */
public final class SyntheticMatrix {
    static final int GENRES = 24;
    private static final double ZIPF_EXPONENT = 0.9;
    private static final double ZIPF_OFFSET = 5;
    private static final double ACTIVITY_SIGMA = 1.0;
    private static final double IN_GENRE_SHARE = 0.7;

    private SyntheticMatrix() {}

    /** Named benchmark shapes: S (10k × 5k, 500k), M (100k × 50k, 5M, the DESIGN.md reference), L (500k × 200k, 25M). */
    public static InteractionMatrix preset(String name, long seed) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "S" -> powerLaw(10_000, 5_000, 500_000, seed);
            case "M" -> powerLaw(100_000, 50_000, 5_000_000, seed);
            case "L" -> powerLaw(500_000, 200_000, 25_000_000, seed);
            default -> throw new IllegalArgumentException("unknown data set '" + name + "': use S, M or L");
        };
    }

    /**
     * A users × items matrix with exactly {@code nnz} non-zeros (distinct cells), deterministic for the seed.
     *
     * @throws IllegalArgumentException if the shape cannot hold nnz cells at half density or less
     */
    public static InteractionMatrix powerLaw(int users, int items, long nnz, long seed) {
        if (users <= 0 || items <= 0) throw new IllegalArgumentException("users and items must be > 0, got " + users + " x " + items);
        if (nnz < 0 || nnz > (long) users * items / 2 || nnz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("nnz=" + nnz + " does not fit " + users + " x " + items
                    + " at density <= 1/2; use fewer non-zeros or a larger shape");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] rowLength = activity(users, items, (int) nnz, rnd);
        Sampler sampler = new Sampler(items, rnd);
        int[] indptr = new int[users + 1];
        for (int u = 0; u < users; u++) indptr[u + 1] = indptr[u] + rowLength[u];
        int[] indices = new int[(int) nnz];
        float[] values = new float[(int) nnz];
        int[] seenBy = new int[items];
        Arrays.fill(seenBy, -1);
        for (int u = 0; u < users; u++) {
            int genre = rnd.nextInt(GENRES), start = indptr[u], n = rowLength[u];
            int filled = 0;
            for (long attempts = 0; filled < n; attempts++) {
                int item;
                if (attempts > 20L * n + 100) item = rnd.nextInt(items); // saturated taste: fall back to uniform
                else item = rnd.nextDouble() < IN_GENRE_SHARE ? sampler.inGenre(genre, rnd) : sampler.any(rnd);
                if (seenBy[item] == u) continue;
                seenBy[item] = u;
                indices[start + filled++] = item;
            }
            Arrays.sort(indices, start, start + n);
            for (int p = start; p < start + n; p++) {
                long plays = 1 + (long) (-Math.log(1 - rnd.nextDouble()) * 3); // geometric-like play counts
                values[p] = (float) Math.log1p(plays);
            }
        }
        return new InteractionMatrix(users, items, indptr, indices, values);
    }

    /** Log-normal row lengths, each in [1, items/2] (0 allowed when nnz &lt; users), summing exactly to nnz. */
    private static int[] activity(int users, int items, int nnz, SplittableRandom rnd) {
        double[] raw = new double[users];
        double total = 0;
        for (int u = 0; u < users; u++) {
            raw[u] = Math.exp(ACTIVITY_SIGMA * gaussian(rnd));
            total += raw[u];
        }
        int cap = Math.max(1, items / 2);
        int floor = nnz >= users ? 1 : 0;
        int[] len = new int[users];
        long sum = 0;
        for (int u = 0; u < users; u++) {
            len[u] = (int) Math.min(cap, Math.max(floor, Math.round(raw[u] / total * nnz)));
            sum += len[u];
        }
        // Fix the rounding so the total is exact: add or remove one cell at a time from random rows.
        while (sum != nnz) {
            int u = rnd.nextInt(users);
            if (sum < nnz && len[u] < cap) { len[u]++; sum++; }
            else if (sum > nnz && len[u] > floor) { len[u]--; sum--; }
        }
        return len;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Draws items by Zipf popularity, globally or within one genre (inverse CDF by binary search). */
    private static final class Sampler {
        private final double[] cdf;          // over all items, in popularity-rank order
        private final int[] itemOfRank;
        private final double[][] genreCdf;   // per genre, over its items in rank order
        private final int[][] genreItems;

        Sampler(int items, SplittableRandom rnd) {
            itemOfRank = new int[items];
            for (int i = 0; i < items; i++) itemOfRank[i] = i;
            for (int i = items - 1; i > 0; i--) { // popularity is unrelated to the item index
                int j = rnd.nextInt(i + 1);
                int t = itemOfRank[i];
                itemOfRank[i] = itemOfRank[j];
                itemOfRank[j] = t;
            }
            cdf = new double[items];
            int[] genreSize = new int[GENRES];
            int[] genreOfRank = new int[items];
            double acc = 0;
            for (int r = 0; r < items; r++) {
                acc += Math.pow(r + ZIPF_OFFSET, -ZIPF_EXPONENT);
                cdf[r] = acc;
                genreOfRank[r] = rnd.nextInt(GENRES);
                genreSize[genreOfRank[r]]++;
            }
            genreCdf = new double[GENRES][];
            genreItems = new int[GENRES][];
            for (int g = 0; g < GENRES; g++) {
                genreCdf[g] = new double[genreSize[g]];
                genreItems[g] = new int[genreSize[g]];
            }
            int[] fill = new int[GENRES];
            double[] gacc = new double[GENRES];
            for (int r = 0; r < items; r++) {
                int g = genreOfRank[r], k = fill[g]++;
                gacc[g] += Math.pow(r + ZIPF_OFFSET, -ZIPF_EXPONENT);
                genreCdf[g][k] = gacc[g];
                genreItems[g][k] = itemOfRank[r];
            }
        }

        int any(SplittableRandom rnd) {
            return itemOfRank[search(cdf, rnd.nextDouble() * cdf[cdf.length - 1])];
        }

        int inGenre(int g, SplittableRandom rnd) {
            double[] c = genreCdf[g];
            if (c.length == 0) return any(rnd);
            return genreItems[g][search(c, rnd.nextDouble() * c[c.length - 1])];
        }

        private static int search(double[] cdf, double x) {
            int i = Arrays.binarySearch(cdf, x);
            return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}

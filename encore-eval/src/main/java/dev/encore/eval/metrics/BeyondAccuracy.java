package dev.encore.eval.metrics;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Beyond-accuracy measures of recommendation lists. {@code lists[u]} is one evaluated user's list (best first);
 * every measure looks at its first k entries. Popularity {@code pop[i]} is the number of training users who
 * interacted with item i, {@code users} the number of training users.
 */
public final class BeyondAccuracy {
    private BeyondAccuracy() {}

    /**
     * Catalog coverage@K: the share of the catalog that appears in at least one top-K list
     * (Ge, Delgado-Battenfeld &amp; Jannach, "Beyond accuracy", RecSys 2010). {@code sample} lists the users to
     * include (with repeats, for the bootstrap), or null for all.
     */
    public static double coverage(int[][] lists, int[] sample, int k, int catalogSize) {
        if (catalogSize <= 0) throw new IllegalArgumentException("catalog size must be > 0");
        BitSet seen = new BitSet(catalogSize);
        for (int u : users(lists, sample)) {
            int[] l = lists[u];
            for (int i = 0, n = Math.min(k, l.length); i < n; i++) seen.set(l[i]);
        }
        return (double) seen.cardinality() / catalogSize;
    }

    /**
     * Novelty@K of one list: mean self-information −log2(pop(i) / users) of its first K items (Zhou et al.,
     * "Solving the apparent diversity–accuracy dilemma", PNAS 2010). Items no training user touched count as
     * pop 1, the rarest observable. NaN for an empty list.
     */
    public static double novelty(int[] list, int k, int[] pop, int users) {
        int n = Math.min(k, list.length);
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s -= log2((double) Math.max(1, pop[list[i]]) / users);
        return s / n;
    }

    /**
     * Average recommendation popularity (ARP) of one list: mean of pop(i) over its first K items (Abdollahpouri,
     * Burke &amp; Mobasher, "Managing popularity bias in recommender systems with personalized re-ranking",
     * FLAIRS 2019). NaN for an empty list.
     */
    public static double averagePopularity(int[] list, int k, int[] pop) {
        int n = Math.min(k, list.length);
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s += pop[list[i]];
        return s / n;
    }

    /**
     * Intra-list diversity@K by artist: the mean over all pairs of the first K items of dist(i, j) = 0 when both
     * share the artist, else 1 (ILD of Smyth &amp; McClave 2001 / Ziegler et al., WWW 2005, with this distance).
     * {@code artistOf[i] &lt; 0} means unknown: pairs with an unknown artist are left out. NaN when no pair remains.
     */
    public static double diversityByArtist(int[] list, int k, int[] artistOf) {
        int n = Math.min(k, list.length), pairs = 0, differ = 0;
        for (int a = 0; a < n; a++) {
            int x = artistOf[list[a]];
            if (x < 0) continue;
            for (int b = a + 1; b < n; b++) {
                int y = artistOf[list[b]];
                if (y < 0) continue;
                pairs++;
                if (x != y) differ++;
            }
        }
        return pairs == 0 ? Double.NaN : (double) differ / pairs;
    }

    /**
     * Intra-list diversity@K by tags: mean over pairs of 1 − Jaccard(tags(i), tags(j)). {@code tagsOf[i]} is the
     * sorted tag ids of item i (null or empty = untagged); pairs with an untagged item are left out. NaN when no
     * pair remains.
     */
    public static double diversityByTags(int[] list, int k, int[][] tagsOf) {
        int n = Math.min(k, list.length), pairs = 0;
        double sum = 0;
        for (int a = 0; a < n; a++) {
            int[] x = tagsOf[list[a]];
            if (x == null || x.length == 0) continue;
            for (int b = a + 1; b < n; b++) {
                int[] y = tagsOf[list[b]];
                if (y == null || y.length == 0) continue;
                pairs++;
                sum += 1 - jaccard(x, y);
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    /**
     * Exposure share per artist: the fraction of all top-K slots (over the sampled users) filled by each artist's
     * items; items with an unknown artist ({@code artistOf[i] &lt; 0}) are left out of numerator and denominator.
     */
    public static double[] artistExposure(int[][] lists, int[] sample, int k, int[] artistOf, int artists) {
        double[] share = new double[artists];
        long total = 0;
        for (int u : users(lists, sample)) {
            int[] l = lists[u];
            for (int i = 0, n = Math.min(k, l.length); i < n; i++) {
                int a = artistOf[l[i]];
                if (a < 0) continue;
                share[a]++;
                total++;
            }
        }
        if (total > 0) for (int a = 0; a < artists; a++) share[a] /= total;
        return share;
    }

    /**
     * Gini coefficient of non-negative values (0 = equal exposure, → 1 = all on one): with x sorted ascending and
     * 1-based i, G = Σ (2i − n − 1) x_i / (n Σ x_i) (the form used for exposure concentration, e.g. Fleder &amp;
     * Hosanagar, Management Science 2009). 0 for all-zero input.
     */
    public static double gini(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double num = 0, sum = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] < 0) throw new IllegalArgumentException("Gini needs non-negative values, got " + x[i]);
            num += (2.0 * (i + 1) - n - 1) * x[i];
            sum += x[i];
        }
        return sum == 0 ? 0 : num / (n * sum);
    }

    static double jaccard(int[] a, int[] b) {
        int i = 0, j = 0, inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                inter++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double) inter / (a.length + b.length - inter);
    }

    private static int[] users(int[][] lists, int[] sample) {
        if (sample != null) return sample;
        int[] all = new int[lists.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return all;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

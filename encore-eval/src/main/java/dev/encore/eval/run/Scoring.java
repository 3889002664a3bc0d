package dev.encore.eval.run;

import dev.encore.eval.metrics.BeyondAccuracy;
import dev.encore.eval.metrics.Metric;
import dev.encore.eval.stats.Bootstrap;
import dev.encore.eval.stats.Estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one model's lists: per-user accuracy metrics at every K, R-precision, and the beyond-accuracy measures
 * (coverage, novelty, average popularity, intra-list diversity, artist exposure Gini), each with a 95% bootstrap
 * interval over users (bias-corrected for the catalogue-level ones, see {@link Bootstrap#biasCorrected}). Every label gets its own bootstrap seed derived from the run seed and the label, so adding
 * a metric never changes another metric's interval.
 */
final class Scoring {
    /** Per-user accuracy metrics reported at every K, in report order. */
    static final List<Metric> AT_K = List.of(Metric.RECALL, Metric.PRECISION, Metric.NDCG, Metric.MAP, Metric.MRR, Metric.HIT_RATE);

    private final int[][] lists;
    private final int[][] relevant;
    private final int[] pop;
    private final int trainUsers;
    private final int items;
    private final ItemMetadata meta;
    private final int resamples;
    private final long seed;
    final Map<String, Estimate> metrics = new LinkedHashMap<>();
    final Map<String, double[]> perUser = new LinkedHashMap<>();
    List<Map.Entry<Integer, Double>> topExposure = List.of();

    Scoring(int[][] lists, int[][] relevant, int[] pop, int trainUsers, int items, ItemMetadata meta, int resamples, long seed) {
        this.lists = lists;
        this.relevant = relevant;
        this.pop = pop;
        this.trainUsers = Math.max(1, trainUsers);
        this.items = items;
        this.meta = meta;
        this.resamples = resamples;
        this.seed = seed;
    }

    Scoring run(int[] ks) {
        for (int k : ks) {
            for (Metric m : AT_K) perUserMetric(m.label(k), u -> m.of(lists[u], relevant[u], k));
            global("coverage@" + k, sample -> BeyondAccuracy.coverage(lists, sample, k, items));
            perUserMetric("novelty@" + k, u -> BeyondAccuracy.novelty(lists[u], k, pop, trainUsers));
            perUserMetric("arp@" + k, u -> BeyondAccuracy.averagePopularity(lists[u], k, pop));
            if (meta.hasArtists()) {
                perUserMetric("ild_artist@" + k, u -> BeyondAccuracy.diversityByArtist(lists[u], k, meta.artistOf()));
                global("exposure_gini@" + k, sample -> BeyondAccuracy.gini(
                        BeyondAccuracy.artistExposure(lists, sample, k, meta.artistOf(), meta.artists())));
            }
            if (meta.hasTags()) perUserMetric("ild_tags@" + k, u -> BeyondAccuracy.diversityByTags(lists[u], k, meta.tagsOf()));
        }
        perUserMetric(Metric.R_PRECISION.label(0), u -> Metric.R_PRECISION.of(lists[u], relevant[u], 1));
        if (meta.hasArtists()) topExposure = topArtists(ks[ks.length - 1], 10);
        return this;
    }

    private void perUserMetric(String label, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[lists.length];
        for (int u = 0; u < v.length; u++) v[u] = f.applyAsDouble(u);
        perUser.put(label, v);
        metrics.put(label, Bootstrap.mean(v, resamples, seedFor(label)));
    }

    private void global(String label, java.util.function.ToDoubleFunction<int[]> statistic) {
        metrics.put(label, Bootstrap.biasCorrected(lists.length, statistic, resamples, seedFor(label)));
    }

    private long seedFor(String label) {
        return seed * 31 + label.hashCode();
    }

    private List<Map.Entry<Integer, Double>> topArtists(int k, int limit) {
        double[] share = BeyondAccuracy.artistExposure(lists, null, k, meta.artistOf(), meta.artists());
        List<Map.Entry<Integer, Double>> all = new ArrayList<>();
        for (int a = 0; a < share.length; a++) if (share[a] > 0) all.add(Map.entry(a, share[a]));
        all.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
}

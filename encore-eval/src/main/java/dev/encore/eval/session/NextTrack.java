package dev.encore.eval.session;

import dev.encore.eval.stats.Bootstrap;
import dev.encore.eval.stats.Estimate;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Next-track prediction over listening sessions, the protocol of Ludewig &amp; Jannach, "Evaluation of session-based
 * recommendation algorithms" (UMUAI 2018): for every session and every position t ≥ 1 (or only the last, with
 * {@code lastOnly}), the model sees the prefix s[0..t) as an anonymous query (weight = plays of each track in the
 * prefix) and ranks tracks; the hidden next track s[t] is the single relevant item. HitRate@K = 1 if s[t] is in
 * the top K; MRR@K = 1 / its rank, 0 beyond K. Repeats are allowed unless {@code excludePrefix} is set.
 * Means are over prediction events, with 95% bootstrap intervals over sessions (events of one session are not
 * independent, so sessions are what is resampled).
 */
public final class NextTrack {
    private NextTrack() {}

    public static Map<String, Estimate> evaluate(Model model, List<int[]> sessions, int[] ks, boolean lastOnly,
                                                 boolean excludePrefix, int resamples, long seed) {
        int maxK = IntStream.of(ks).max().orElseThrow(() -> new IllegalArgumentException("give at least one K"));
        // per session: for each K, [sum of hits, sum of reciprocal ranks], and the event count
        double[][] hit = new double[ks.length][sessions.size()], rr = new double[ks.length][sessions.size()];
        int[] events = new int[sessions.size()];
        IntStream.range(0, sessions.size()).parallel().forEach(s -> {
            int[] session = sessions.get(s);
            for (int t = lastOnly ? session.length - 1 : 1; t < session.length; t++) {
                if (t < 1) continue;
                int rank = rank(model, session, t, maxK, excludePrefix);
                events[s]++;
                for (int k = 0; k < ks.length; k++) {
                    if (rank > 0 && rank <= ks[k]) {
                        hit[k][s]++;
                        rr[k][s] += 1.0 / rank;
                    }
                }
            }
        });
        int[] used = IntStream.range(0, sessions.size()).filter(s -> events[s] > 0).toArray();
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (int k = 0; k < ks.length; k++) {
            out.put("hitrate@" + ks[k], ratio(hit[k], events, used, resamples, seed + k));
            out.put("mrr@" + ks[k], ratio(rr[k], events, used, resamples, seed + 100 + k));
        }
        return out;
    }

    /** 1-based rank of the true next track in the model's top maxK, or 0 if absent. */
    private static int rank(Model model, int[] session, int t, int maxK, boolean excludePrefix) {
        TreeMap<Integer, Integer> plays = new TreeMap<>();
        for (int i = 0; i < t; i++) plays.merge(session[i], 1, Integer::sum);
        int[] items = plays.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] w = new float[items.length];
        List<Integer> counts = new ArrayList<>(plays.values());
        for (int i = 0; i < w.length; i++) w[i] = counts.get(i);
        ItemFilter filter = excludePrefix ? ItemFilter.excluding(items) : ItemFilter.ALL;
        List<ScoredItem> recs = model.recommend(UserQuery.anonymous(items, w), maxK, filter);
        for (int i = 0; i < Math.min(maxK, recs.size()); i++) if (recs.get(i).item() == session[t]) return i + 1;
        return 0;
    }

    /** Mean over events of the per-session sums, bootstrapped by session: Σ sums / Σ events. */
    private static Estimate ratio(double[] sums, int[] events, int[] used, int resamples, long seed) {
        if (used.length == 0) return Estimate.empty();
        return Bootstrap.of(used.length, sample -> {
            double num = 0, den = 0;
            for (int i : sample) {
                num += sums[used[i]];
                den += events[used[i]];
            }
            return num / den;
        }, resamples, seed);
    }
}

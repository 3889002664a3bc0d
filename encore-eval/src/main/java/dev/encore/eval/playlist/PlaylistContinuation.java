package dev.encore.eval.playlist;

import dev.encore.eval.playlist.ChallengeMetrics.Ideal;
import dev.encore.eval.stats.Bootstrap;
import dev.encore.eval.stats.Estimate;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Scores a trained model on a {@link ChallengeSet}: for every task the model gets the seed tracks as an anonymous
 * query (fold-in; weight 1 each) and returns 500 tracks, seeds excluded; each task is scored with the challenge's
 * R-precision (artist credit), NDCG and clicks, and the means are reported per seed-count category and overall,
 * each with a 95% bootstrap interval over playlists. Title-only tasks (N = 0) reach the model as an empty query:
 * the {@code Model} interface has no title input, so models answer with their cold-start list.
 */
public final class PlaylistContinuation {
    /** Figures of one category ("all" for every task): metric name → estimate. */
    public record Category(String name, int tasks, Map<String, Estimate> metrics) {}

    private PlaylistContinuation() {}

    public static List<Category> evaluate(Model model, ChallengeSet set, IntUnaryOperator artistOf, Ideal ideal,
                                          int resamples, long seed) {
        List<ChallengeSet.Task> tasks = set.tasks();
        double[][] v = new double[3][tasks.size()];
        IntStream.range(0, tasks.size()).parallel().forEach(i -> {
            ChallengeSet.Task t = tasks.get(i);
            int[] seeds = Arrays.stream(t.seeds()).distinct().sorted().toArray();
            float[] w = new float[seeds.length];
            Arrays.fill(w, 1f);
            List<ScoredItem> recs = model.recommend(UserQuery.anonymous(seeds, w), ChallengeMetrics.MAX_PREDICTIONS, ItemFilter.excluding(seeds));
            int[] predicted = recs.stream().mapToInt(ScoredItem::item).toArray();
            v[0][i] = ChallengeMetrics.rPrecision(t.hidden(), predicted, artistOf);
            v[1][i] = ChallengeMetrics.ndcg(t.hidden(), predicted, ideal);
            v[2][i] = ChallengeMetrics.clicks(t.hidden(), predicted);
        });
        Map<String, int[]> groups = new LinkedHashMap<>();
        groups.put("all", IntStream.range(0, tasks.size()).toArray());
        for (int c : tasks.stream().mapToInt(ChallengeSet.Task::category).distinct().sorted().toArray())
            groups.put("first " + c, IntStream.range(0, tasks.size()).filter(i -> tasks.get(i).category() == c).toArray());
        String[] names = {"rprecision", "ndcg", "clicks"};
        return groups.entrySet().stream().map(g -> {
            Map<String, Estimate> m = new LinkedHashMap<>();
            for (int k = 0; k < names.length; k++) {
                double[] all = v[k];
                double[] sel = Arrays.stream(g.getValue()).mapToDouble(i -> all[i]).toArray();
                m.put(names[k], Bootstrap.mean(sel, resamples, seed * 31 + g.getKey().hashCode() * 7L + k));
            }
            return new Category(g.getKey(), g.getValue().length, m);
        }).toList();
    }
}

package dev.encore.app;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.split.Protocols;
import dev.encore.eval.stats.Estimate;
import dev.encore.eval.stats.PairedComparison;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.Importers;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.topk.TopK;
import dev.encore.synth.WorldGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sanity check of the evaluation harness on a generated world whose tastes are known: a recommender that reads
 * the planted truth must beat ALS, ALS must beat most-popular, and most-popular must beat random, on NDCG@10,
 * each step by a paired difference whose 95% bootstrap interval excludes 0 and whose paired t-test p < 0.01.
 * If the harness mixed up users, items or the train/test split, the oracle would lose its lead first.
 */
class PlantedTasteSanityTest {
    private static final long SEED = 11;

    @TempDir
    Path tmp;

    /** A generated world as a log over every catalogue track, plus the planted truth on the same dense indices. */
    private record World(InteractionLog log, double[][] taste, int[] cluster, double[] popularity) {}

    @Test
    void oracleBeatsAlsBeatsPopularityBeatsRandom() throws IOException {
        Path dir = tmp.resolve("world");
        WorldGenerator.generate(400, 800, 40_000, SEED, dir, null);
        World w = load(dir);

        EvaluationResult r = new Evaluation().data(w.log(), Protocols.parse("holdout:0.2")).seed(SEED).ks(10)
                .threads(2).bootstrapResamples(300)
                .model(new ModelSpec("oracle", new Scorer("oracle", (u, i) -> w.taste()[u][w.cluster()[i]] * w.popularity()[i]), Params.empty()))
                .model(new ModelSpec("als", Recommenders.byName("als"), Params.parse("factors=32,iterations=10,regularization=0.1,alpha=2")))
                .model(new ModelSpec("popularity", Recommenders.byName("popularity"), Params.empty()))
                .model(new ModelSpec("random", new Scorer("random", (u, i) -> new SplittableRandom(SEED * 1_000_003L + u * 7_919L + i).nextDouble()), Params.empty()))
                .run();

        assertThat(r.testUsers().length).as("users evaluated").isGreaterThan(300);
        String[] order = {"oracle", "als", "popularity", "random"};
        for (int m = 0; m + 1 < order.length; m++) {
            String a = order[m], b = order[m + 1];
            PairedComparison.Result c = PairedComparison.compare("ndcg@10", a, r.model(a).perUser().get("ndcg@10"),
                    b, r.model(b).perUser().get("ndcg@10"), 1000, SEED);
            Estimate ea = r.model(a).metric("ndcg@10"), eb = r.model(b).metric("ndcg@10");
            String why = String.format("%s %.4f [%.4f, %.4f] vs %s %.4f [%.4f, %.4f]: diff %.4f [%.4f, %.4f], t-test p %.2g",
                    a, ea.value(), ea.lo(), ea.hi(), b, eb.value(), eb.lo(), eb.hi(), c.meanDiff(), c.lo(), c.hi(), c.tTestP());
            System.out.println("planted-taste check: " + why);
            assertThat(c.meanDiff()).as(why).isPositive();
            assertThat(c.lo()).as(why).isPositive();
            assertThat(c.tTestP()).as(why).isLessThan(0.01);
        }
        // Random is not merely worse: it is near the chance rate of 10 hits in 800 tracks.
        assertThat(r.model("random").metric("ndcg@10").value()).isLessThan(0.05);
    }

    /** Track plays (skips and podcasts left out) as one event each; every catalogue track is a candidate item. */
    private static World load(Path dir) throws IOException {
        IdMap users = new IdMap(), items = new IdMap();
        List<String[]> tastes = rows(dir.resolve("truth/user_tastes.csv"));
        for (String[] t : tastes) users.add(t[0]);
        List<String[]> clusters = rows(dir.resolve("truth/track_clusters.csv"));
        int[] cluster = new int[clusters.size()];
        int clusterCount = 0;
        for (String[] t : clusters) {
            int c = Integer.parseInt(t[1]);
            cluster[items.add(t[0])] = c;
            clusterCount = Math.max(clusterCount, c + 1);
        }
        double[] popularity = new double[items.size()];
        for (String[] t : rows(dir.resolve("truth/track_popularity.csv"))) popularity[items.indexOf(t[0])] = Double.parseDouble(t[1]);
        double[][] taste = new double[users.size()][clusterCount];
        for (String[] t : tastes) taste[users.indexOf(t[0])][Integer.parseInt(t[1])] = Double.parseDouble(t[2]);

        InteractionLog.Builder b = InteractionLog.builder(users.size(), items.size());
        int[] added = {0};
        Importers.byName("encore").importPaths(List.of(dir), new RecordSink() {
            @Override
            public void listen(ListenEvent e) {
                if (e.itemKind() != ItemKind.TRACK || e.skipped()) return;
                b.add(users.indexOf(e.userId()), items.indexOf(e.itemId()), 1f, e.listenedAt().getEpochSecond());
                added[0]++;
            }
        }, ImportOptions.defaults());
        assertThat(added[0]).as("track plays read from " + dir).isGreaterThan(20_000);
        return new World(b.build(), taste, cluster, popularity);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(line.split(","));
        return out;
    }

    /** A recommender whose model scores (user, item) with a fixed function of the truth; anonymous queries score 0. */
    private record Scorer(String name, ToDoubleBiFunction<Integer, Integer> f) implements Recommender {
        @Override
        public Model fit(InteractionMatrix m, Params params) {
            return new ScorerModel(name, f, m.rows(), m.cols());
        }

        @Override
        public Model load(Path dir) {
            throw new UnsupportedOperationException(name + " is a test oracle: refit it from the truth, it is never saved");
        }
    }

    private record ScorerModel(String algorithm, ToDoubleBiFunction<Integer, Integer> f, int userCount, int itemCount) implements Model {
        private float[] scores(UserQuery q) {
            float[] s = new float[itemCount];
            if (q.user() >= 0) for (int i = 0; i < itemCount; i++) s[i] = (float) f.applyAsDouble(q.user(), i);
            return s;
        }

        @Override
        public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
            float[] s = scores(query);
            TopK top = new TopK(k);
            for (int i = 0; i < s.length; i++) if (filter.allows(i)) top.offer(i, s[i]);
            TopK.Result r = top.drain();
            List<ScoredItem> out = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) out.add(new ScoredItem(r.items()[i], r.scores()[i], algorithm));
            return out;
        }

        @Override
        public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
            throw new UnsupportedOperationException(algorithm + " scores users only; item-to-item is not part of this check");
        }

        @Override
        public float[] score(UserQuery query, int[] items) {
            float[] s = scores(query), out = new float[items.length];
            for (int i = 0; i < items.length; i++) out[i] = s[items[i]];
            return out;
        }

        @Override
        public void save(Path dir) {
            throw new UnsupportedOperationException(algorithm + " is a test oracle and is never saved");
        }
    }
}

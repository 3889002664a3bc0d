package dev.encore.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.fixtures.OracleRecommender;
import dev.encore.eval.fixtures.Planted;
import dev.encore.eval.fixtures.RandomRecommender;
import dev.encore.eval.report.JsonReport;
import dev.encore.eval.report.Report;
import dev.encore.eval.split.RandomHoldout;
import dev.encore.eval.split.Split;
import dev.encore.eval.stats.PairedComparison;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {
    private final InteractionLog log = Planted.clustered(80, 60, 4, 10, 7);
    private final Split split = new RandomHoldout(0.2).split(log, 42);

    private Evaluation evaluation(int threads) {
        InteractionMatrix truth = split.test().toMatrix();
        int[] artistOf = new int[60];
        for (int i = 0; i < 60; i++) artistOf[i] = i / 5;
        return new Evaluation().split(split).seed(42).ks(5, 10).threads(threads).bootstrapResamples(300)
                .metadata(new ItemMetadata(artistOf, 12, null))
                .model(new ModelSpec("random", new RandomRecommender(), Params.empty()))
                .model(new ModelSpec("oracle", new OracleRecommender(truth), Params.empty()));
    }

    @Test
    void oracleIsPerfectAndBeatsRandomSignificantly() {
        EvaluationResult r = evaluation(2).run();
        ModelResult oracle = r.model("oracle"), random = r.model("random");
        // every test user has 2 held-out items (round(0.2 · 11)), so a perfect top-5 finds all of them
        assertThat(oracle.metric("recall@5").value()).isEqualTo(1.0);
        assertThat(oracle.metric("ndcg@10").value()).isCloseTo(1.0, within(1e-12));
        assertThat(oracle.metric("rprecision").value()).isEqualTo(1.0);
        assertThat(oracle.metric("precision@5").value()).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(random.metric("recall@10").value()).isLessThan(0.5);
        assertThat(random.metric("recall@10").lo()).isLessThanOrEqualTo(random.metric("recall@10").value());
        assertThat(random.metric("recall@10").hi()).isGreaterThanOrEqualTo(random.metric("recall@10").value());
        PairedComparison.Result c = r.comparisons().stream().filter(x -> x.metric().equals("ndcg@10")).findFirst().orElseThrow();
        assertThat(c.a()).isEqualTo("oracle");
        assertThat(c.meanDiff()).isPositive();
        assertThat(c.tTestP()).isLessThan(0.01);
        assertThat(c.bootstrapP()).isLessThan(0.01);
        assertThat(r.skippedUsers()).isZero();
        assertThat(r.testUsers()).hasSize(80);
        assertThat(oracle.params()).containsEntry("seed", "42");
        assertThat(oracle.metrics()).containsKeys("coverage@5", "novelty@10", "arp@10", "ild_artist@10", "exposure_gini@10");
        assertThat(oracle.topExposure()).isNotEmpty();
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreadCount() throws IOException {
        JsonNode a = withoutTimings(JsonReport.toMap(evaluation(1).run()));
        JsonNode b = withoutTimings(JsonReport.toMap(evaluation(3).run()));
        assertThat(a.get("models").get(1).get("metrics").get("ndcg@10").get("value").asDouble()).isEqualTo(1.0);
        assertThat(a).isEqualTo(b);
        assertThat(JsonReport.toJson(evaluation(2).run())).contains("\"dataFingerprint\" : \"sha256:");
        EvaluationResult other = new Evaluation().data(log, new RandomHoldout(0.2)).seed(43).ks(10).bootstrapResamples(100)
                .model(new ModelSpec("random", new RandomRecommender(), Params.empty())).run();
        assertThat(other.fingerprint()).isNotEqualTo(evaluation(1).run().fingerprint());
    }

    /** The JSON report as a tree, minus the wall-clock timings (the only fields allowed to differ). */
    private static JsonNode withoutTimings(Map<String, Object> report) {
        ObjectNode tree = new ObjectMapper().valueToTree(report);
        tree.remove("totalSeconds");
        for (JsonNode model : tree.get("models")) ((ObjectNode) model).remove(List.of("fitSeconds", "recommendSeconds"));
        return tree;
    }

    @Test
    void usersWithoutHeldOutItemsAreSkippedAndCounted() {
        // user 2 has a single interaction, so the holdout keeps it in train: no ground truth
        InteractionLog l = InteractionLog.builder(3, 6)
                .add(0, 0, 1, 1).add(0, 1, 1, 2).add(0, 2, 1, 3).add(0, 3, 1, 4)
                .add(1, 2, 1, 1).add(1, 3, 1, 2).add(1, 4, 1, 3).add(1, 5, 1, 4)
                .add(2, 5, 1, 1).build();
        EvaluationResult r = new Evaluation().data(l, new RandomHoldout(0.5)).ks(3).bootstrapResamples(50)
                .model(new ModelSpec("random", new RandomRecommender(), Params.empty())).run();
        assertThat(r.testUsers()).containsExactly(0, 1);
        assertThat(r.skippedUsers()).isEqualTo(1);
    }

    @Test
    void writesMarkdownJsonAndCharts(@TempDir Path dir) throws IOException {
        List<String> stages = new CopyOnWriteArrayList<>();
        EvaluationResult r = evaluation(2).progress((stage, done, total) -> {
            if (done == total) stages.add(stage);
        }).run();
        List<Path> files = Report.write(r, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("report.md", "report.json", "recall_vs_k.png", "ndcg_vs_k.png", "recall_vs_coverage.png");
        for (Path f : files) {
            if (f.toString().endsWith(".png")) assertThat(Files.readAllBytes(f)).startsWith(0x89, 'P', 'N', 'G');
        }
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| oracle |", "## K = 10", "ndcg@10", "paired bootstrap", r.fingerprint());
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"seed\" : 42", "\"pairedTTestP\"", "\"fraction\" : 0.2");
        assertThat(stages).contains("fit random", "recommend random", "score oracle");
    }

    @Test
    void aModelThatIgnoresTheFilterIsReported() {
        Recommender broken = new Recommender() {
            @Override public String name() { return "broken"; }
            @Override public Model load(Path dir) { throw new UnsupportedOperationException(); }
            @Override public Model fit(InteractionMatrix m, Params p) {
                Model inner = new RandomRecommender().fit(m, p);
                return new Model() {
                    @Override public String algorithm() { return "broken"; }
                    @Override public int userCount() { return m.rows(); }
                    @Override public int itemCount() { return m.cols(); }
                    @Override public List<ScoredItem> recommend(UserQuery q, int k, ItemFilter f) { return inner.recommend(q, k, ItemFilter.ALL); }
                    @Override public List<ScoredItem> similarItems(int item, int k, ItemFilter f) { return List.of(); }
                    @Override public float[] score(UserQuery q, int[] items) { return new float[items.length]; }
                    @Override public void save(Path dir) { }
                };
            }
        };
        assertThatThrownBy(() -> new Evaluation().split(split).ks(50).bootstrapResamples(10)
                .model(new ModelSpec("broken", broken, Params.empty())).run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("model broken returned training item");
        assertThatThrownBy(() -> new Evaluation().split(split).run()).hasMessageContaining("no models");
        assertThatThrownBy(() -> new Evaluation().model(new ModelSpec("a", new RandomRecommender(), Params.empty()))
                .model(new ModelSpec("a", new RandomRecommender(), Params.empty()))).hasMessageContaining("names must be unique");
    }
}

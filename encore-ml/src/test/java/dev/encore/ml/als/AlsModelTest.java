package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.bench.SyntheticMatrix;
import dev.encore.ml.snapshot.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AlsModelTest {
    static InteractionMatrix matrix;
    static AlsModel model;

    @BeforeAll
    static void train() {
        matrix = SyntheticMatrix.powerLaw(600, 400, 15_000, 21);
        model = new AlsRecommender().fit(matrix, Params.parse("factors=16,regularization=0.1,alpha=5,iterations=25,threads=2,seed=5"));
    }

    @Test
    void foldingInATrainingUserReproducesTheirTrainedFactor() {
        double worst = 1;
        for (int u = 0; u < 50; u++) {
            UserQuery q = UserQuery.of(u, matrix);
            float[] folded = model.userVector(UserQuery.anonymous(q.items(), q.weights()));
            worst = Math.min(worst, cosine(folded, model.userFactor(u)));
        }
        assertThat(worst).isGreaterThan(0.99);
    }

    @Test
    void aKnownUserWithTheirTrainingRowUsesTheStoredFactorAndFreshItemsFoldIn() {
        UserQuery q = UserQuery.of(7, matrix);
        assertThat(model.userVector(q)).isEqualTo(model.userFactor(7));
        assertThat(model.userVector(new UserQuery(7, new int[0], new float[0]))).isEqualTo(model.userFactor(7));

        int fresh = IntStream.range(0, matrix.cols()).filter(i -> !matrix.contains(7, i)).findFirst().orElseThrow();
        UserQuery more = withItem(q, fresh, 3f);
        float[] folded = model.userVector(more);
        assertThat(folded).isNotEqualTo(model.userFactor(7));
        assertThat(folded).isEqualTo(model.userVector(UserQuery.anonymous(more.items(), more.weights())));
        // and recommendations are scored with the folded-in vector
        List<ScoredItem> recs = model.recommend(more, 5, ItemFilter.excluding(more.items()));
        float[] scores = model.score(more, recs.stream().mapToInt(ScoredItem::item).toArray());
        for (int r = 0; r < recs.size(); r++) assertThat(recs.get(r).score()).isEqualTo(scores[r]);
    }

    @Test
    void recommendationsAreTheExactTopKOfTheDotProduct() {
        UserQuery q = UserQuery.of(3, matrix);
        ItemFilter notHeard = ItemFilter.excluding(q.items());
        List<ScoredItem> recs = model.recommend(q, 20, notHeard);
        float[] x = model.userFactor(3);
        int[] expected = IntStream.range(0, matrix.cols()).filter(notHeard::allows).boxed()
                .sorted((a, b) -> {
                    int c = Float.compare(dot(x, model.itemFactor(b)), dot(x, model.itemFactor(a)));
                    return c != 0 ? c : Integer.compare(a, b);
                }).limit(20).mapToInt(Integer::intValue).toArray();
        assertThat(recs.stream().mapToInt(ScoredItem::item).toArray()).containsExactly(expected);
        assertThat(recs).allSatisfy(s -> assertThat(s.source()).isEqualTo("als"));
    }

    @Test
    void explanationsNameTheHistoryItemsThatAddMostToTheScore() {
        UserQuery q = UserQuery.of(11, matrix);
        List<ScoredItem> recs = model.recommend(q, 10, ItemFilter.excluding(q.items()));
        AlsParams p = model.params();
        for (ScoredItem rec : recs) {
            assertThat(rec.because()).isNotEmpty().hasSizeLessThanOrEqualTo(AlsModel.EXPLAIN);
            // independent check: the contribution of history item j is c_j·p_j·(A⁻¹ y_rec)·y_j, computed in double
            double[] contribution = contributions(q, rec.item(), p);
            int best = 0;
            for (int j = 1; j < contribution.length; j++) if (contribution[j] > contribution[best]) best = j;
            assertThat(rec.because()[0]).isEqualTo(q.items()[best]);
            // the contributions add up to the folded-in score
            double total = Arrays.stream(contribution).sum();
            float[] folded = model.userVector(UserQuery.anonymous(q.items(), q.weights()));
            assertThat(total).isCloseTo(dot(folded, model.itemFactor(rec.item())), within(1e-3));
        }
    }

    @Test
    void withoutExplanationsTheSameItemsAndScoresComeBackWithNoReasons() {
        UserQuery q = UserQuery.of(11, matrix);
        List<ScoredItem> explained = model.recommend(q, 10, ItemFilter.excluding(q.items()), true);
        List<ScoredItem> bare = model.recommend(q, 10, ItemFilter.excluding(q.items()), false);
        assertThat(bare).extracting(ScoredItem::item).containsExactlyElementsOf(explained.stream().map(ScoredItem::item).toList());
        assertThat(bare).extracting(ScoredItem::score).containsExactlyElementsOf(explained.stream().map(ScoredItem::score).toList());
        assertThat(bare).allSatisfy(s -> assertThat(s.because()).isEmpty());
        assertThat(explained).allSatisfy(s -> assertThat(s.because()).isNotEmpty());
    }

    @Test
    void similarItemsAreByCosineAndNeverTheItemItself() {
        List<ScoredItem> sims = model.similarItems(5, 15, ItemFilter.ALL);
        assertThat(sims).hasSize(15).noneMatch(s -> s.item() == 5);
        float[] y5 = model.itemFactor(5);
        for (ScoredItem s : sims) {
            assertThat((double) s.score()).isCloseTo(cosine(y5, model.itemFactor(s.item())), within(1e-5));
            assertThat(s.because()).containsExactly(5);
        }
        for (int r = 1; r < sims.size(); r++) assertThat(sims.get(r).score()).isLessThanOrEqualTo(sims.get(r - 1).score());
        float worstListed = sims.get(sims.size() - 1).score();
        for (int i = 0; i < model.itemCount(); i++) {
            int item = i;
            if (i == 5 || sims.stream().anyMatch(s -> s.item() == item)) continue;
            assertThat(cosine(y5, model.itemFactor(i))).isLessThanOrEqualTo(worstListed + 1e-6);
        }
    }

    @Test
    void saveAndLoadGiveIdenticalRecommendationsOnTheHeapAndMapped(@TempDir Path dir) throws Exception {
        model.save(dir);
        Map<String, Object> manifest = Snapshot.readManifest(dir);
        assertThat(manifest).containsEntry("algorithm", "als").containsEntry("users", 600).containsEntry("items", 400)
                .containsEntry("factors", 16);
        @SuppressWarnings("unchecked")
        Map<String, Object> training = (Map<String, Object>) manifest.get("training");
        assertThat((List<?>) training.get("loss")).hasSize(25);
        assertThat(((Number) training.get("seconds")).doubleValue()).isPositive();

        Model heap = new AlsRecommender().load(dir);
        AlsModel mapped = AlsModel.load(dir, true);
        assertThat(mapped.userFactorsMapped()).isTrue();
        assertThat(mapped.training().loss()).containsExactly(model.training().loss());
        for (int u = 0; u < 40; u += 3) {
            UserQuery q = UserQuery.of(u, matrix);
            List<ScoredItem> expected = model.recommend(q, 10, ItemFilter.excluding(q.items()));
            assertSame(heap.recommend(q, 10, ItemFilter.excluding(q.items())), expected);
            assertSame(mapped.recommend(q, 10, ItemFilter.excluding(q.items())), expected);
        }
        assertSame(heap.similarItems(9, 10, ItemFilter.ALL), model.similarItems(9, 10, ItemFilter.ALL));
        assertThat(heap.score(UserQuery.of(2, matrix), new int[] {0, 1, 2}))
                .isEqualTo(model.score(UserQuery.of(2, matrix), new int[] {0, 1, 2}));
    }

    @Test
    void loadingSomethingElseFailsClearly(@TempDir Path dir) throws Exception {
        Snapshot.writeManifest(dir, Map.of("algorithm", "ease"));
        assertThatThrownBy(() -> new AlsRecommender().load(dir)).hasMessageContaining("'ease' model, not 'als'");
        Path broken = dir.resolve("broken");
        model.save(broken);
        Snapshot.writeFloats(broken, "item_factors", new float[10]);
        assertThatThrownBy(() -> AlsModel.load(broken, false)).hasMessageContaining("item_factors has 10 values");
    }

    @Test
    void unseenUsersWithoutHistoryGetNothingAndBadIndicesAreExplained() {
        assertThat(model.recommend(UserQuery.anonymous(new int[0], new float[0]), 10, ItemFilter.ALL)).isEmpty();
        assertThat(model.recommend(UserQuery.anonymous(new int[] {1, 2}, new float[] {1, 1}), 10, ItemFilter.ALL)).hasSize(10);
        assertThatThrownBy(() -> model.recommend(new UserQuery(600, new int[0], new float[0]), 5, ItemFilter.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user index 600").hasMessageContaining("-1");
        assertThatThrownBy(() -> model.recommend(UserQuery.anonymous(new int[] {400}, new float[] {1}), 5, ItemFilter.ALL))
                .hasMessageContaining("item index 400");
        assertThatThrownBy(() -> model.similarItems(-1, 5, ItemFilter.ALL)).hasMessageContaining("item index -1");
    }

    @Test
    void aFoldInOfTypicalHistoryTakesWellUnderAMillisecondAtRank64() {
        InteractionMatrix m = SyntheticMatrix.powerLaw(2000, 3000, 100_000, 8);
        AlsModel big = new AlsRecommender().fit(m, Params.parse("factors=64,iterations=2,threads=2"));
        UserQuery q = UserQuery.of(1, m);
        UserQuery anon = UserQuery.anonymous(Arrays.copyOf(q.items(), Math.min(100, q.items().length)),
                Arrays.copyOf(q.weights(), Math.min(100, q.weights().length)));
        float[] sink = new float[64];
        for (int i = 0; i < 2000; i++) sink = big.userVector(anon); // warm up the JIT
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            sink = big.userVector(anon);
            best = Math.min(best, System.nanoTime() - t);
        }
        assertThat(sink).hasSize(64);
        assertThat(best).as("best fold-in time in ns").isLessThan(1_000_000L);
    }

    private double[] contributions(UserQuery q, int item, AlsParams p) {
        int f = model.factors(), n = q.items().length;
        double[][] a = new double[f][f];
        double[][] gram = ReferenceAls.gram(ReferenceAls.toRows(model.itemFactors(), model.itemCount(), f), f, p.regularization());
        for (int r = 0; r < f; r++) a[r] = gram[r].clone();
        for (int j = 0; j < n; j++) {
            float[] y = model.itemFactor(q.items()[j]);
            double c1 = p.alpha() * Math.abs(q.weights()[j]);
            for (int r = 0; r < f; r++) for (int c = 0; c < f; c++) a[r][c] += c1 * y[r] * y[c];
        }
        double[] flat = new double[f * f];
        for (int r = 0; r < f; r++) System.arraycopy(a[r], 0, flat, r * f, f);
        float[] yi = model.itemFactor(item);
        double[] yd = new double[f];
        for (int d = 0; d < f; d++) yd[d] = yi[d];
        double[] z = dev.encore.ml.linalg.Cholesky.factor(flat, f).solve(yd);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            float[] y = model.itemFactor(q.items()[j]);
            double cp = q.weights()[j] > 0 ? 1 + p.alpha() * q.weights()[j] : 0;
            double d = 0;
            for (int k = 0; k < f; k++) d += z[k] * y[k];
            out[j] = cp * d;
        }
        return out;
    }

    private static void assertSame(List<ScoredItem> actual, List<ScoredItem> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).item()).isEqualTo(expected.get(i).item());
            assertThat(actual.get(i).score()).isEqualTo(expected.get(i).score());
            assertThat(actual.get(i).because()).isEqualTo(expected.get(i).because());
        }
    }

    private static UserQuery withItem(UserQuery q, int item, float weight) {
        List<int[]> cells = new ArrayList<>();
        for (int j = 0; j < q.items().length; j++) cells.add(new int[] {q.items()[j], Float.floatToIntBits(q.weights()[j])});
        cells.add(new int[] {item, Float.floatToIntBits(weight)});
        cells.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] items = cells.stream().mapToInt(c -> c[0]).toArray();
        float[] weights = new float[items.length];
        for (int j = 0; j < items.length; j++) weights[j] = Float.intBitsToFloat(cells.get(j)[1]);
        return new UserQuery(q.user(), items, weights);
    }

    static float dot(float[] a, float[] b) {
        return dev.encore.ml.linalg.Kernels.dot(a, 0, b, 0, a.length);
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}

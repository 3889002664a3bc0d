package dev.encore.eval.tune;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.fixtures.CooccurrenceRecommender;
import dev.encore.eval.fixtures.Planted;
import dev.encore.eval.split.RandomHoldout;
import dev.encore.eval.split.Split;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TunerTest {
    private final InteractionLog log = Planted.clustered(120, 48, 4, 8, 11);

    @Test
    void searchSpaceParsesRangesLogRangesAndChoices() {
        SearchSpace s = SearchSpace.parse("factors=32..256,reg=1e-3..1(log),alpha=1.0..100,solver=cg|cholesky");
        SplittableRandom rnd = new SplittableRandom(1);
        double logSum = 0;
        for (int i = 0; i < 400; i++) {
            Params p = s.sample(rnd, Params.empty());
            assertThat(p.getInt("factors", -1)).isBetween(32, 256);
            double reg = p.getDouble("reg", -1);
            assertThat(reg).isBetween(1e-3, 1.0);
            logSum += Math.log10(reg);
            assertThat(p.getDouble("alpha", -1)).isBetween(1.0, 100.0);
            assertThat(p.getString("solver", "")).isIn("cg", "cholesky");
        }
        // log-uniform on [1e-3, 1]: log10 is uniform on [-3, 0], mean -1.5
        assertThat(logSum / 400).isBetween(-1.7, -1.3);
        assertThatThrownBy(() -> SearchSpace.parse("reg=0..1(log)")).hasMessageContaining("must be > 0");
        assertThatThrownBy(() -> SearchSpace.parse("factors=big..256")).hasMessageContaining("'big' of 'factors' is not a number");
        assertThatThrownBy(() -> SearchSpace.parse("factors")).hasMessageContaining("not name=lo..hi");
    }

    @Test
    void findsTheGoodRegionOnValidationAndTestsOnce() {
        List<InteractionMatrix> seen = new ArrayList<>();
        Recommender spy = recording(new CooccurrenceRecommender(), seen);
        RandomHoldout holdout = new RandomHoldout(0.25);
        Split split = holdout.split(log, 5);
        Tuner.Result r = new Tuner("cooc", spy, SearchSpace.parse("alpha=0.0..1.0")).trials(8).target("ndcg@10").seed(5)
                .run(split, holdout, 10);
        assertThat(r.trials()).hasSize(8);
        assertThat(r.best().params().getDouble("alpha", -1)).isLessThan(0.5);
        for (Tuner.Trial t : r.trials()) assertThat(r.best().score()).isGreaterThanOrEqualTo(t.score());
        assertThat(r.finalRun().models().get(0).params()).containsEntry("alpha", r.best().params().getString("alpha", ""));
        // 8 trial fits on the validation train part, then one final fit on the full train part
        assertThat(seen).hasSize(9);
        InteractionMatrix test = split.test().toMatrix(), train = split.train().toMatrix();
        for (InteractionMatrix m : seen.subList(0, 8)) {
            assertThat(m.nnz()).isLessThan(train.nnz());
            for (int u = 0; u < m.rows(); u++)
                for (int i : m.rowIndices(u)) assertThat(test.contains(u, i)).as("test pair %d:%d used while tuning", u, i).isFalse();
        }
        assertThat(seen.get(8).nnz()).isEqualTo(train.nnz());
        Tuner.Result again = new Tuner("cooc", new CooccurrenceRecommender(), SearchSpace.parse("alpha=0.0..1.0")).trials(8)
                .target("ndcg@10").seed(5).run(split, holdout, 10);
        assertThat(again.trials()).extracting(Tuner.Trial::score).isEqualTo(r.trials().stream().map(Tuner.Trial::score).toList());
    }

    private static Recommender recording(Recommender inner, List<InteractionMatrix> seen) {
        return new Recommender() {
            @Override public String name() { return inner.name(); }
            @Override public Model fit(InteractionMatrix m, Params p) {
                seen.add(m);
                return inner.fit(m, p);
            }
            @Override public Model load(Path dir) throws java.io.IOException { return inner.load(dir); }
        };
    }
}

package dev.encore.app.engine;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.split.Split;
import dev.encore.ml.Params;
import dev.encore.ml.bench.SyntheticMatrix;
import dev.encore.ml.registry.Recommenders;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HoldoutCheckTest {
    private final InteractionMatrix m = SyntheticMatrix.powerLaw(3000, 600, 60_000, 5);

    @Test
    void holdsOutAboutATenthOfAtMostTheSampledUsersAndKeepsEachOfThemInTrain() {
        Split s = HoldoutCheck.split(InteractionLog.of(m), 1);
        InteractionMatrix train = s.train().toMatrix(), test = s.test().toMatrix();
        int testUsers = 0;
        for (int u = 0; u < m.rows(); u++) {
            if (test.rowNnz(u) == 0) continue;
            testUsers++;
            assertThat(train.rowNnz(u)).isPositive();
            assertThat(test.rowNnz(u)).isEqualTo((int) Math.max(1, Math.min(m.rowNnz(u) - 1, Math.round(0.1 * m.rowNnz(u)))));
        }
        assertThat(testUsers).isEqualTo(HoldoutCheck.MAX_USERS);
        assertThat(train.nnz() + test.nnz()).isEqualTo(m.nnz());
    }

    @Test
    void aTasteModelScoresAbovePopularityAndTheSameSeedGivesTheSameFigures() {
        Params als = Params.parse("factors=16,iterations=5,threads=1");
        Map<String, Double> a = HoldoutCheck.measure(m, Recommenders.byName("als"), als, 3, 1);
        Map<String, Double> pop = HoldoutCheck.measure(m, Recommenders.byName("popularity"), Params.empty(), 3, 1);
        assertThat(a).containsKeys("ndcg@10", "recall@10", "precision@10", "hitrate@10", "coverage@10");
        assertThat(a.get("ndcg@10")).isBetween(0.0, 1.0).isGreaterThan(pop.get("ndcg@10"));
        assertThat(HoldoutCheck.measure(m, Recommenders.byName("als"), als, 3, 1)).isEqualTo(a);
    }
}

package dev.encore.app.engine;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.split.RandomHoldout;
import dev.encore.eval.split.Split;
import dev.encore.ml.Params;
import dev.encore.ml.bench.SyntheticMatrix;
import dev.encore.ml.registry.Recommenders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HoldoutCheckTest {
    private final InteractionMatrix m = SyntheticMatrix.powerLaw(3000, 600, 60_000, 5);

    @Test
    void holdsOutATenthOfAtMostTheSampledUsersAndNeverTrainsOnIt() {
        InteractionLog log = InteractionLog.of(m);
        Split s = HoldoutCheck.split(log, 1);
        InteractionMatrix train = s.train().toMatrix(), test = s.test().toMatrix();
        int testUsers = 0;
        for (int u = 0; u < m.rows(); u++) {
            if (test.rowNnz(u) == 0) continue;
            testUsers++;
            assertThat(train.rowNnz(u)).isPositive();
            assertThat(test.rowNnz(u)).isEqualTo((int) Math.round(0.1 * m.rowNnz(u))).isPositive();
            for (int i : test.rowIndices(u)) assertThat(train.contains(u, i)).as("held-out pair %d:%d is in train", u, i).isFalse();
        }
        assertThat(testUsers).isEqualTo(HoldoutCheck.MAX_USERS);   // 2,515 users have the 5 interactions needed
        assertThat(train.nnz() + test.nnz()).isEqualTo(m.nnz());
    }

    @Test
    void theSplitIsTheEvaluationHarnessesHoldoutAndTheSeedReproducesIt() {
        InteractionLog log = InteractionLog.of(m);
        Split s = HoldoutCheck.split(log, 1);
        assertThat(entries(s.test())).isEqualTo(entries(new RandomHoldout(0.1, HoldoutCheck.MAX_USERS).split(log, 1).test()))
                .isEqualTo(entries(HoldoutCheck.split(log, 1).test()))
                .isNotEqualTo(entries(HoldoutCheck.split(log, 2).test()));
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

    private static List<String> entries(InteractionLog l) {
        List<String> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) out.add(l.user(i) + ":" + l.item(i));
        return out;
    }
}

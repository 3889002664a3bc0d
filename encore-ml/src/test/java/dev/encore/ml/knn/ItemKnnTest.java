package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ItemKnnTest {
    /** u0 plays items 0, 1; u1 plays 0, 1, 2; u2 plays 1, 2 (all weight 1); item 3 has no listener. */
    private static InteractionMatrix small() {
        MatrixBuilder b = new MatrixBuilder();
        for (int[] c : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}}) b.add(c[0], c[1], 1);
        return b.build(3, 4, true);
    }

    static InteractionMatrix random(long seed, int users, int items, int perUser) {
        Random rnd = new Random(seed);
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < users; u++) {
            for (int n = 0; n < perUser; n++) b.add(u, (int) Math.min(items - 1, items * Math.pow(rnd.nextDouble(), 2)), 1 + rnd.nextInt(5));
        }
        return b.build(users, items, true);
    }

    private static ItemKnnModel fit(InteractionMatrix m, String params) {
        return (ItemKnnModel) new ItemKnnRecommender().fit(m, Params.parse(params));
    }

    @Test
    void cosineSimilaritiesMatchTheHandComputation() {
        // item vectors over users: i0 = (1,1,0), i1 = (1,1,1), i2 = (0,1,1)
        ItemKnnModel m = fit(small(), "weighting=cosine");
        assertThat(m.similarity(0, 1)).isCloseTo((float) (2 / Math.sqrt(2 * 3)), within(1e-6f));
        assertThat(m.similarity(0, 2)).isCloseTo(0.5f, within(1e-6f));
        assertThat(m.similarity(1, 2)).isCloseTo((float) (2 / Math.sqrt(3 * 2)), within(1e-6f));
        assertThat(m.similarity(0, 3)).isZero();
        assertThat(m.similarity(0, 0)).as("an item is not its own neighbour").isZero();
        List<ScoredItem> sim = m.similarItems(0, 5, ItemFilter.ALL);
        assertThat(sim.stream().map(ScoredItem::item).toList()).containsExactly(1, 2);
    }

    @Test
    void recommendSumsSimilarityTimesWeightAndExplainsWithTheBiggestTerms() {
        ItemKnnModel m = fit(small(), "weighting=cosine");
        UserQuery q = UserQuery.anonymous(new int[] {0, 2}, new float[] {3, 1});
        List<ScoredItem> recs = m.recommend(q, 5, ItemFilter.excluding(q.items()));
        assertThat(recs).hasSize(1);
        ScoredItem r = recs.get(0);
        assertThat(r.item()).isEqualTo(1);
        assertThat(r.score()).isCloseTo(3 * m.similarity(0, 1) + 1 * m.similarity(2, 1), within(1e-6f));
        assertThat(r.because()).containsExactly(0, 2); // 3 · 0.816 > 1 · 0.816
    }

    @Test
    void similaritiesAreSymmetricWhenNothingIsTruncated() {
        InteractionMatrix x = random(11, 60, 25, 8);
        for (String w : new String[] {"cosine", "tfidf", "bm25"}) {
            ItemKnnModel m = fit(x, "weighting=" + w + ",neighbours=25");
            for (int i = 0; i < 25; i++) {
                for (int j = 0; j < 25; j++) assertThat(m.similarity(i, j)).as("%s sim(%d,%d)", w, i, j).isEqualTo(m.similarity(j, i));
            }
        }
    }

    @Test
    void keepsAtMostNNeighboursAndTheyAreTheStrongest() {
        InteractionMatrix x = random(5, 80, 30, 10);
        ItemKnnModel all = fit(x, "neighbours=30");
        ItemKnnModel top3 = fit(x, "neighbours=3");
        for (int i = 0; i < 30; i++) {
            List<ScoredItem> kept = top3.similarItems(i, 30, ItemFilter.ALL);
            assertThat(kept.size()).isLessThanOrEqualTo(3);
            List<ScoredItem> full = all.similarItems(i, 3, ItemFilter.ALL);
            assertThat(kept).usingRecursiveFieldByFieldElementComparator().isEqualTo(full);
        }
    }

    @Test
    void threadCountDoesNotChangeTheModel() {
        InteractionMatrix x = random(3, 200, 120, 15);
        ItemKnnModel one = fit(x, "weighting=bm25,neighbours=10,threads=1");
        ItemKnnModel three = fit(x, "weighting=bm25,neighbours=10,threads=3");
        for (int i = 0; i < 120; i++) {
            assertThat(three.similarItems(i, 10, ItemFilter.ALL)).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(one.similarItems(i, 10, ItemFilter.ALL));
        }
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> fit(small(), "neighbours=0")).hasMessageContaining("neighbours=0");
        assertThatThrownBy(() -> fit(small(), "weighting=pearson")).hasMessageContaining("pearson");
        assertThatThrownBy(() -> fit(small(), "threads=0")).hasMessageContaining("threads=0");
    }
}

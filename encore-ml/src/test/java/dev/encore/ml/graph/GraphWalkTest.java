package dev.encore.ml.graph;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GraphWalkTest {
    private static InteractionMatrix random(long seed) {
        Random rnd = new Random(seed);
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < 50; u++) for (int n = 0; n < 6; n++) b.add(u, rnd.nextInt(40), 1);
        return b.build(50, 40, true);
    }

    private static Model fit(InteractionMatrix x, String params) {
        return new GraphWalkRecommender().fit(x, Params.parse(params));
    }

    @Test
    void sameSeedSameWalksDifferentSeedDifferentCounts() {
        InteractionMatrix x = random(1);
        UserQuery q = UserQuery.of(3, x);
        List<ScoredItem> a = fit(x, "seed=5,steps=3000").recommend(q, 10, ItemFilter.ALL);
        List<ScoredItem> again = fit(x, "seed=5,steps=3000").recommend(q, 10, ItemFilter.ALL);
        List<ScoredItem> other = fit(x, "seed=6,steps=3000").recommend(q, 10, ItemFilter.ALL);
        assertThat(again).usingRecursiveFieldByFieldElementComparator().isEqualTo(a);
        assertThat(other.stream().map(ScoredItem::score).toList()).isNotEqualTo(a.stream().map(ScoredItem::score).toList());
    }

    @Test
    void answerDependsOnTheItemsNotOnTheUserIndex() {
        InteractionMatrix x = random(2);
        Model m = fit(x, "steps=2000");
        UserQuery known = UserQuery.of(7, x);
        UserQuery anonymous = UserQuery.anonymous(known.items(), known.weights());
        assertThat(m.recommend(anonymous, 10, ItemFilter.ALL)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(m.recommend(known, 10, ItemFilter.ALL));
    }

    @Test
    void withoutBoostScoresAreVisitShares() {
        InteractionMatrix x = random(3);
        Model m = fit(x, "steps=1000,boost=false");
        List<ScoredItem> all = m.recommend(UserQuery.anonymous(new int[] {5}, new float[] {1}), 40, ItemFilter.ALL);
        double total = all.stream().mapToDouble(ScoredItem::score).sum();
        assertThat(total).as("every one of the 1000 steps visits one item").isCloseTo(1.0, within(1e-5));
        for (ScoredItem s : all) assertThat(s.score() * 1000).isCloseTo(Math.round(s.score() * 1000), within(1e-3f));
    }

    @Test
    void boostFavoursItemsReachedFromSeveralPins() {
        // One-step walks (restart=1). Pin 0 reaches item 2 (1/6 of its visits, through user 0) and item 3 (5/12,
        // through users 0 and 2); pin 1 reaches item 2 (1/2, through user 1). Plain counts put item 2 ahead 1.6 : 1;
        // boost, (√a + √b)², rewards its two sources and widens the lead to about 3 : 1.
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        b.add(0, 2, 1);
        b.add(0, 3, 1);
        b.add(1, 1, 1);
        b.add(1, 2, 1);
        b.add(2, 0, 1);
        b.add(2, 3, 1);
        InteractionMatrix x = b.build(3, 4, true);
        UserQuery q = UserQuery.anonymous(new int[] {0, 1}, new float[] {1, 1});
        ItemFilter notPins = ItemFilter.excluding(q.items());
        List<ScoredItem> plain = fit(x, "steps=20000,restart=1,boost=false").recommend(q, 2, notPins);
        List<ScoredItem> boosted = fit(x, "steps=20000,restart=1,boost=true").recommend(q, 2, notPins);
        float plainRatio = score(plain, 2) / score(plain, 3);
        float boostedRatio = score(boosted, 2) / score(boosted, 3);
        assertThat(boostedRatio).isGreaterThan(plainRatio);
        assertThat(boosted.get(0).item()).isEqualTo(2);
        assertThat(boosted.get(0).because()).containsExactlyInAnyOrder(0, 1);
    }

    private static float score(List<ScoredItem> list, int item) {
        return list.stream().filter(s -> s.item() == item).findFirst().orElseThrow().score();
    }

    @Test
    void pinsWithoutListenersGiveNothingAndBadParametersAreRefused() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        InteractionMatrix x = b.build(1, 3, true);
        assertThat(fit(x, "").recommend(UserQuery.anonymous(new int[] {2}, new float[] {1}), 5, ItemFilter.ALL)).isEmpty();
        assertThatThrownBy(() -> fit(x, "restart=0")).hasMessageContaining("restart=0");
        assertThatThrownBy(() -> fit(x, "steps=0")).hasMessageContaining("steps=0");
    }
}

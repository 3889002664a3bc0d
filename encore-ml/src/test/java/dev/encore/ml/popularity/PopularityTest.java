package dev.encore.ml.popularity;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Recommenders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PopularityTest {
    private static final UserQuery NOBODY = UserQuery.anonymous(new int[0], new float[0]);

    /** Item 0: 3 listeners; items 1 and 2: 2 listeners each, item 2 with more total weight; item 3: nobody. */
    private static InteractionMatrix plays() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        b.add(1, 0, 1);
        b.add(2, 0, 1);
        b.add(0, 1, 1);
        b.add(1, 1, 1);
        b.add(0, 2, 5);
        b.add(2, 2, 5);
        return b.build(3, 4, true);
    }

    private static List<Integer> items(List<ScoredItem> recs) {
        return recs.stream().map(ScoredItem::item).toList();
    }

    @Test
    void globalChartRanksByListenersThenTotalWeightAndScoresListeners() {
        Model m = new PopularityRecommender().fit(plays(), Params.empty());
        List<ScoredItem> chart = m.recommend(NOBODY, 10, ItemFilter.ALL);
        assertThat(items(chart)).containsExactly(0, 2, 1); // item 3 has no listener: never listed
        assertThat(chart.stream().map(ScoredItem::score).toList()).containsExactly(3f, 2f, 2f);
        assertThat(m.score(NOBODY, new int[] {3, 1})).containsExactly(0f, 2f);
        assertThat(items(m.similarItems(0, 10, ItemFilter.ALL))).containsExactly(2, 1);
    }

    @Test
    void trendingScoreHalvesEveryHalfLife() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        Duration week = Duration.ofDays(7);
        PopularityModel m = new TrendingPopularity(4, now, week)
                .add(0, now, 1f)
                .add(1, now.minus(week), 1f)
                .add(2, now.minus(week.multipliedBy(2)), 1f)
                .add(3, now.plus(Duration.ofHours(1)), 1f) // clock skew: counts as now
                .build();
        assertThat(m.score(NOBODY, new int[] {0, 1, 2, 3})).containsExactly(new float[] {1f, 0.5f, 0.25f, 1f}, within(1e-6f));
        assertThat(TrendingPopularity.decay(week, week)).isCloseTo(0.5, within(1e-12));
        assertThat(TrendingPopularity.decay(Duration.ofDays(3), week)).isCloseTo(Math.pow(2, -3.0 / 7), within(1e-12));
        assertThat(items(m.recommend(NOBODY, 4, ItemFilter.ALL))).containsExactly(0, 3, 1, 2);
    }

    @Test
    void trendingFavoursRecentPlaysOverManyOldOnes() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        Duration day = Duration.ofDays(1);
        TrendingPopularity t = new TrendingPopularity(2, now, day);
        for (int i = 0; i < 10; i++) t.add(0, now.minus(Duration.ofDays(5)), 1f); // 10 · 2^-5 = 0.3125
        t.add(1, now.minus(Duration.ofHours(12)), 1f);                           // 2^-0.5 ≈ 0.707
        assertThat(items(t.build().recommend(NOBODY, 2, ItemFilter.ALL))).containsExactly(1, 0);
    }

    @Test
    void trendingRejectsBadInput() {
        Instant now = Instant.EPOCH;
        assertThatThrownBy(() -> new TrendingPopularity(2, now, Duration.ZERO)).hasMessageContaining("half-life");
        TrendingPopularity t = new TrendingPopularity(2, now, Duration.ofDays(1));
        assertThatThrownBy(() -> t.add(2, now, 1f)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> t.add(0, now, Float.NaN)).hasMessageContaining("finite");
    }

    @Test
    void countryChartComesFirstThenTheGlobalChartBelowIt() {
        // user 0 in SE, user 1 in BR, user 2 unknown
        Model m = PopularityRecommender.byCountry(new String[] {"SE", "BR", null}).fit(plays(), Params.empty());
        UserQuery se = new UserQuery(0, new int[0], new float[0]);
        List<ScoredItem> seChart = m.recommend(se, 10, ItemFilter.ALL);
        // SE's one listener played items 0, 1 and 2 (one listener each): ties broken by global listeners (3, 2, 2),
        // whose fraction g / (users + 1) is in the score.
        assertThat(items(seChart)).containsExactly(0, 2, 1);
        assertThat(seChart.get(0).score()).isCloseTo(1 + 3 / 4f, within(1e-6f));
        assertThat(seChart.get(2).score()).isCloseTo(1 + 2 / 4f, within(1e-6f));
        List<ScoredItem> brChart = m.recommend(new UserQuery(1, new int[0], new float[0]), 10, ItemFilter.ALL);
        assertThat(items(brChart)).containsExactly(0, 1, 2); // BR played 0 and 1; 2 follows from the global chart
        assertThat(brChart.get(2).score()).isCloseTo(2 / 4f, within(1e-6f));
        assertThat(items(m.recommend(new UserQuery(2, new int[0], new float[0]), 10, ItemFilter.ALL))).containsExactly(0, 2, 1);
        assertThat(m.score(new UserQuery(1, new int[0], new float[0]), new int[] {1, 2})).containsExactly(new float[] {1 + 2 / 4f, 2 / 4f}, within(1e-6f));
    }

    @Test
    void countryArrayMustCoverEveryUser() {
        assertThatThrownBy(() -> PopularityRecommender.byCountry(new String[] {"SE"}).fit(plays(), Params.empty()))
                .hasMessageContaining("1 entries").hasMessageContaining("3 users");
    }

    @Test
    void everyVariantSurvivesSaveAndLoad(@TempDir Path tmp) throws IOException {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        Model trending = new TrendingPopularity(4, now, Duration.ofDays(1)).add(2, now, 3f).add(1, now, 1f).build();
        Model country = PopularityRecommender.byCountry(new String[] {"SE", "BR", null}).fit(plays(), Params.empty());
        for (Model m : List.of(trending, country)) {
            Path dir = tmp.resolve(((PopularityModel) m).variant().name());
            m.save(dir);
            PopularityModel back = (PopularityModel) Recommenders.load(dir);
            assertThat(back.variant()).isEqualTo(((PopularityModel) m).variant());
            for (int u = -1; u < 3; u++) {
                UserQuery q = new UserQuery(u, new int[0], new float[0]);
                assertThat(back.recommend(q, 4, ItemFilter.ALL)).usingRecursiveFieldByFieldElementComparator()
                        .isEqualTo(m.recommend(q, 4, ItemFilter.ALL));
            }
        }
    }
}

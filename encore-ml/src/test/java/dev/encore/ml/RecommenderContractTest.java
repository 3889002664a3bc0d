package dev.encore.ml;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.registry.Recommenders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The checks every {@link Recommender} must pass, on one tiny "checkerboard" matrix (as the implicit library's
 * shared test mixin does): even users play only even items and odd users only odd items, with a few holes so
 * every user has unheard items in their own block. Each algorithm gets a subclass that supplies it:
 * <ul>
 *   <li>{@link #recommender()} (required): a fresh instance, ready to fit the checkerboard;</li>
 *   <li>{@link #params()}: the parameters to fit with (fixed seeds; small sizes so tests stay fast);</li>
 *   <li>{@link #personalised()}: false for models whose recommendations ignore the listener (popularity), which
 *       skips the "recommends from the listener's block" checks;</li>
 *   <li>{@link #hasItemSimilarity()}: false for models with no notion of item similarity, which skips the
 *       "similar items stay in the block" check.</li>
 * </ul>
 * Checks that do not apply are reported as skipped. Shared expectations: at most k results, best first, no duplicates, never a filtered item (nor the item itself in
 * similar items), reasons only from the listener's history, fold-in for unseen users, scores agreeing with
 * {@code score()}, identical results after save → load (also through {@link Recommenders#load}) and after a second
 * fit with the same parameters, and clear errors for out-of-range input.
 */
public abstract class RecommenderContractTest {
    protected static final int USERS = 24;
    protected static final int ITEMS = 20;

    @TempDir
    protected Path tmp;

    /** A fresh recommender to fit the checkerboard. */
    protected abstract Recommender recommender();

    /** Parameters to fit with; override to pin seeds or shrink sizes. */
    protected Params params() {
        return Params.empty();
    }

    /** Whether recommendations depend on the listener's items. */
    protected boolean personalised() {
        return true;
    }

    /** Whether {@link Model#similarItems} reflects co-listening or content (not just a chart). */
    protected boolean hasItemSimilarity() {
        return true;
    }

    /**
     * User u plays item j when they share parity, except where (u + j) is a multiple of 5 (two holes per user, in
     * their own block); weights 1..4.
     */
    protected static InteractionMatrix checkerboard() {
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < USERS; u++) {
            for (int j = u % 2; j < ITEMS; j += 2) {
                if ((u + j) % 5 != 0) b.add(u, j, 1 + (u * 7 + j * 3) % 4);
            }
        }
        return b.build(USERS, ITEMS, true);
    }

    protected static boolean sameBlock(int a, int b) {
        return a % 2 == b % 2;
    }

    protected Model fit() {
        return recommender().fit(checkerboard(), params());
    }

    @Test
    void modelDescribesItself() {
        Recommender r = recommender();
        Model m = r.fit(checkerboard(), params());
        assertThat(m.algorithm()).isEqualTo(r.name());
        assertThat(m.userCount()).isEqualTo(USERS);
        assertThat(m.itemCount()).isEqualTo(ITEMS);
    }

    @Test
    void recommendReturnsAtMostKSortedUniqueUnfilteredItems() {
        Model m = fit();
        InteractionMatrix x = checkerboard();
        BitSet banned = new BitSet();
        banned.set(3);
        banned.set(8);
        for (int u = 0; u < USERS; u++) {
            UserQuery q = UserQuery.of(u, x);
            ItemFilter filter = ItemFilter.excluding(q.items()).and(ItemFilter.excluding(banned));
            for (int k : new int[] {0, 1, 3, 50}) {
                List<ScoredItem> recs = m.recommend(q, k, filter);
                assertValidListing(recs, k, filter, -1);
                assertReasonsFromHistory(recs, q.items());
            }
        }
    }

    @Test
    void recommendsFromTheListenersBlock() {
        Model m = fit();
        InteractionMatrix x = checkerboard();
        if (!personalised()) {   // the opposite property, asserted: a history changes nothing for a fold-in query
            List<Integer> first = null;
            for (int u = 0; u < USERS; u++) {
                UserQuery q = UserQuery.of(u, x);
                List<Integer> items = m.recommend(UserQuery.anonymous(q.items(), q.weights()), ITEMS, ItemFilter.ALL)
                        .stream().map(ScoredItem::item).toList();
                if (first == null) first = items;
                else assertThat(items).as("non-personalised list for user %d's history", u).isEqualTo(first);
            }
            return;
        }
        for (int u = 0; u < USERS; u++) {
            UserQuery q = UserQuery.of(u, x);
            // every user has exactly two unheard items in their block (the holes), so ask for two
            List<ScoredItem> recs = m.recommend(q, 2, ItemFilter.excluding(q.items()));
            assertThat(recs).as("recommendations for user %d", u).isNotEmpty();
            for (ScoredItem s : recs) assertThat(sameBlock(s.item(), u)).as("item %d for user %d", s.item(), u).isTrue();
        }
    }

    @Test
    void similarItemsStayInTheBlock() {
        Model m = fit();
        if (!hasItemSimilarity()) {   // the opposite property, asserted: the list does not depend on the item
            for (int i = 0; i < ITEMS; i++) {
                for (int j = i + 1; j < ITEMS; j++) {
                    int a = i, b = j;
                    List<Integer> withoutB = m.similarItems(a, ITEMS, ItemFilter.ALL).stream().map(ScoredItem::item).filter(t -> t != b).toList();
                    List<Integer> withoutA = m.similarItems(b, ITEMS, ItemFilter.ALL).stream().map(ScoredItem::item).filter(t -> t != a).toList();
                    assertThat(withoutB).as("similar to %d vs %d", a, b).isEqualTo(withoutA);
                }
            }
            return;
        }
        for (int i = 0; i < ITEMS; i++) {
            List<ScoredItem> sim = m.similarItems(i, 3, ItemFilter.ALL);
            assertThat(sim).as("items similar to %d", i).isNotEmpty();
            for (ScoredItem s : sim) assertThat(sameBlock(s.item(), i)).as("item %d similar to %d", s.item(), i).isTrue();
        }
    }

    @Test
    void similarItemsRespectKAndFilterAndSkipTheItem() {
        Model m = fit();
        ItemFilter noMultiplesOf3 = item -> item % 3 != 0;
        for (int i = 0; i < ITEMS; i++) {
            for (int k : new int[] {0, 1, 4, 50}) {
                assertValidListing(m.similarItems(i, k, ItemFilter.ALL), k, ItemFilter.ALL, i);
                assertValidListing(m.similarItems(i, k, noMultiplesOf3), k, noMultiplesOf3, i);
            }
        }
    }

    @Test
    void foldInServesListenersTheModelHasNotSeen() {
        Model m = fit();
        UserQuery even = UserQuery.anonymous(new int[] {0, 2, 4}, new float[] {1, 2, 1});
        UserQuery odd = UserQuery.anonymous(new int[] {7, 9}, new float[] {3, 1});
        for (UserQuery q : List.of(even, odd)) {
            ItemFilter filter = ItemFilter.excluding(q.items());
            List<ScoredItem> recs = m.recommend(q, 5, filter);
            assertThat(recs).isNotEmpty();
            assertValidListing(recs, 5, filter, -1);
            assertReasonsFromHistory(recs, q.items());
            if (personalised()) {
                for (ScoredItem s : recs) assertThat(sameBlock(s.item(), q.items()[0])).as("fold-in item %d", s.item()).isTrue();
            }
        }
    }

    @Test
    void scoreAgreesWithRecommend() {
        Model m = fit();
        InteractionMatrix x = checkerboard();
        for (int u : new int[] {0, 5, 13}) {
            UserQuery q = UserQuery.of(u, x);
            List<ScoredItem> recs = m.recommend(q, 5, ItemFilter.excluding(q.items()));
            int[] items = recs.stream().mapToInt(ScoredItem::item).toArray();
            float[] scores = m.score(q, items);
            for (int i = 0; i < items.length; i++) {
                assertThat(scores[i]).as("score of item %d for user %d", items[i], u)
                        .isCloseTo(recs.get(i).score(), within(1e-5f * Math.max(1f, Math.abs(scores[i]))));
            }
        }
    }

    @Test
    void aPreparedScorerGivesExactlyTheScores() {
        Model m = fit();
        InteractionMatrix x = checkerboard();
        for (int u : new int[] {0, 5, 13}) {
            UserQuery q = UserQuery.of(u, x);
            Model.ItemScorer scorer = m.scorer(q);
            int[] items = java.util.stream.IntStream.range(0, m.itemCount()).toArray();
            float[] scores = m.score(q, items);
            for (int i : items) assertThat(scorer.score(i)).as("item %d for user %d", i, u).isEqualTo(scores[i]);
        }
    }

    @Test
    void saveThenLoadGivesTheSameAnswers() throws IOException {
        Recommender r = recommender();
        Model m = r.fit(checkerboard(), params());
        Path dir = tmp.resolve("model");
        m.save(dir);
        assertSameAnswers(m, r.load(dir));
        assertSameAnswers(m, Recommenders.load(dir));
    }

    @Test
    void secondFitWithTheSameParamsGivesTheSameAnswers() {
        assertSameAnswers(fit(), fit());
    }

    @Test
    void rejectsOutOfRangeInputClearly() {
        Model m = fit();
        UserQuery q = UserQuery.of(0, checkerboard());
        assertThatThrownBy(() -> m.recommend(q, -1, ItemFilter.ALL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
        assertThatThrownBy(() -> m.similarItems(ITEMS, 3, ItemFilter.ALL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(ITEMS));
        UserQuery bad = UserQuery.anonymous(new int[] {1, ITEMS + 5}, new float[] {1, 1});
        assertThatThrownBy(() -> m.recommend(bad, 3, ItemFilter.ALL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(ITEMS + 5));
    }

    /** Same recommendations, similar items and scores for a few listeners and items. */
    protected static void assertSameAnswers(Model a, Model b) {
        assertThat(b.algorithm()).isEqualTo(a.algorithm());
        assertThat(b.userCount()).isEqualTo(a.userCount());
        assertThat(b.itemCount()).isEqualTo(a.itemCount());
        InteractionMatrix x = checkerboard();
        int[] all = IntStream.range(0, ITEMS).toArray();
        for (int u = 0; u < USERS; u += 5) {
            UserQuery q = UserQuery.of(u, x);
            assertSameListing(a.recommend(q, 6, ItemFilter.ALL), b.recommend(q, 6, ItemFilter.ALL));
            assertThat(b.score(q, all)).containsExactly(a.score(q, all), within(1e-6f));
        }
        for (int i = 0; i < ITEMS; i += 3) assertSameListing(a.similarItems(i, 4, ItemFilter.ALL), b.similarItems(i, 4, ItemFilter.ALL));
    }

    private static void assertSameListing(List<ScoredItem> a, List<ScoredItem> b) {
        assertThat(b.stream().map(ScoredItem::item).toList()).isEqualTo(a.stream().map(ScoredItem::item).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).score()).isCloseTo(a.get(i).score(), within(1e-6f));
            assertThat(b.get(i).because()).containsExactly(a.get(i).because());
        }
    }

    private static void assertValidListing(List<ScoredItem> list, int k, ItemFilter filter, int self) {
        assertThat(list.size()).isLessThanOrEqualTo(k);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ScoredItem s = list.get(i);
            assertThat(s.item()).isBetween(0, ITEMS - 1);
            assertThat(seen.add(s.item())).as("duplicate item %d", s.item()).isTrue();
            assertThat(filter.allows(s.item())).as("filtered item %d returned", s.item()).isTrue();
            assertThat(s.item()).as("the query item itself").isNotEqualTo(self);
            assertThat(Float.isFinite(s.score())).isTrue();
            assertThat(s.source()).isNotBlank();
            if (i > 0) assertThat(s.score()).as("scores best first").isLessThanOrEqualTo(list.get(i - 1).score());
        }
    }

    private static void assertReasonsFromHistory(List<ScoredItem> recs, int[] history) {
        Set<Integer> h = new HashSet<>();
        for (int i : history) h.add(i);
        for (ScoredItem s : recs) {
            for (int b : s.because()) assertThat(h).as("reason %d for item %d", b, s.item()).contains(b);
        }
    }
}

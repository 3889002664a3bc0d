package dev.encore.ml.ease;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Recommenders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EasePruningTest {
    private static final int USERS = 60, ITEMS = 50, MIN_USERS = 4;

    /** Skewed random data: low item ids are popular, high ids rare, so min_users=4 prunes a real tail. */
    private static InteractionMatrix data() {
        Random rnd = new Random(7);
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < USERS; u++) {
            for (int n = 0; n < 8; n++) {
                int item = (int) (ITEMS * Math.pow(rnd.nextDouble(), 2.5));
                b.add(u, item, 1 + rnd.nextInt(5));
            }
        }
        return b.build(USERS, ITEMS, true);
    }

    private static EaseModel fit(InteractionMatrix x, String params) {
        return (EaseModel) new EaseRecommender().fit(x, Params.parse(params));
    }

    /** Listener counts computed here, independently of the code under test. */
    private static boolean[] keptItems(InteractionMatrix x) {
        int[] listeners = new int[ITEMS];
        for (int u = 0; u < USERS; u++) for (int i : x.rowIndices(u)) listeners[i]++;
        boolean[] kept = new boolean[ITEMS];
        for (int i = 0; i < ITEMS; i++) kept[i] = listeners[i] >= MIN_USERS;
        return kept;
    }

    @Test
    void prunedItemsAreNeverRecommendedNorWeighted() {
        InteractionMatrix x = data();
        boolean[] kept = keptItems(x);
        int keptCount = 0;
        for (boolean k : kept) if (k) keptCount++;
        assertThat(keptCount).as("the data must prune some items but not all").isBetween(5, ITEMS - 5);
        EaseModel m = fit(x, "lambda=3,min_users=" + MIN_USERS);
        assertThat(m.itemCount()).isEqualTo(ITEMS);
        assertThat(m.fittedItemCount()).isEqualTo(keptCount);
        int listed = 0;
        for (int u = 0; u < USERS; u++) {
            UserQuery q = UserQuery.of(u, x);
            for (ScoredItem r : m.recommend(q, ITEMS, ItemFilter.excluding(x.rowIndices(u)))) {
                assertThat(kept[r.item()]).as("user %d got pruned item %d", u, r.item()).isTrue();
                listed++;
            }
        }
        assertThat(listed).isPositive();
        for (int i = 0; i < ITEMS; i++) {
            if (kept[i]) continue;
            assertThat(m.similarItems(i, 10, ItemFilter.ALL)).isEmpty();
            assertThat(m.score(UserQuery.anonymous(new int[] {0, 1}, new float[] {1, 1}), new int[] {i})[0]).isZero();
            for (int j = 0; j < ITEMS; j++) assertThat(m.weight(i, j)).isZero();
        }
    }

    @Test
    void keptItemsMatchAFitOnTheSubMatrix() {
        InteractionMatrix x = data();
        boolean[] kept = keptItems(x);
        List<Integer> ids = new ArrayList<>();
        int[] sub = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            sub[i] = kept[i] ? ids.size() : -1;
            if (kept[i]) ids.add(i);
        }
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < USERS; u++) {
            for (int p = x.rowStart(u); p < x.rowEnd(u); p++) {
                int i = x.indices()[p];
                if (kept[i]) b.add(u, sub[i], x.values()[p]);
            }
        }
        InteractionMatrix xs = b.build(USERS, ids.size(), true);
        for (boolean binary : new boolean[] {true, false}) {
            EaseModel pruned = fit(x, "lambda=3,min_users=" + MIN_USERS + ",binary=" + binary);
            EaseModel small = fit(xs, "lambda=3,binary=" + binary);
            for (int a = 0; a < ids.size(); a++)
                for (int c = 0; c < ids.size(); c++)
                    assertThat(pruned.weight(ids.get(a), ids.get(c))).isCloseTo(small.weight(a, c), within(1e-6f));
            for (int u = 0; u < USERS; u++) {
                List<ScoredItem> got = pruned.recommend(UserQuery.anonymous(x.rowIndices(u), weights(x, u)), 10, ItemFilter.ALL);
                List<ScoredItem> want = small.recommend(UserQuery.anonymous(xs.rowIndices(u), weights(xs, u)), 10, ItemFilter.ALL);
                assertThat(got).hasSameSizeAs(want);
                for (int r = 0; r < got.size(); r++) {
                    assertThat(got.get(r).item()).isEqualTo(ids.get(want.get(r).item()));
                    assertThat(got.get(r).score()).isCloseTo(want.get(r).score(), within(1e-5f));
                }
            }
        }
    }

    private static float[] weights(InteractionMatrix x, int u) {
        float[] w = new float[x.rowNnz(u)];
        System.arraycopy(x.values(), x.rowStart(u), w, 0, w.length);
        return w;
    }

    @Test
    void prunedModelSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
        InteractionMatrix x = data();
        EaseModel m = fit(x, "lambda=3,min_users=" + MIN_USERS);
        m.save(dir);
        EaseModel back = (EaseModel) Recommenders.load(dir);
        assertThat(back.itemCount()).isEqualTo(ITEMS);
        assertThat(back.fittedItemCount()).isEqualTo(m.fittedItemCount());
        for (int u = 0; u < USERS; u++) {
            UserQuery q = UserQuery.of(u, x);
            assertThat(back.recommend(q, 10, ItemFilter.ALL)).usingRecursiveComparison().isEqualTo(m.recommend(q, 10, ItemFilter.ALL));
        }
        for (int i = 0; i < ITEMS; i++) assertThat(back.similarItems(i, 5, ItemFilter.ALL)).usingRecursiveComparison().isEqualTo(m.similarItems(i, 5, ItemFilter.ALL));
    }

    @Test
    void badMinUsersIsRefusedWithTheFix() {
        InteractionMatrix x = data();
        assertThatThrownBy(() -> fit(x, "min_users=0")).hasMessageContaining("min_users=0").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> fit(x, "min_users=1000")).hasMessageContaining("min_users=1000 leaves no item")
                .hasMessageContaining("lower min_users");
    }
}

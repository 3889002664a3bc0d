package dev.encore.server.serving;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact table against an access-ordered LinkedHashMap with the same eviction rule (past cap + a quarter, the
 * least recently touched go until cap remain): same items, sums and order through growth, eviction and pruning.
 */
class FreshItemsTest {
    @Test
    void behavesLikeACappedAccessOrderedMapThroughGrowthEvictionAndPruning() {
        SplittableRandom r = new SplittableRandom(3);
        for (int cap : new int[]{1, 2, 7, 100}) {
            FreshItems items = new FreshItems(cap);
            LinkedHashMap<String, Float> model = new LinkedHashMap<>(16, 0.75f, true);
            Map<String, Long> touched = new LinkedHashMap<>();
            long now = 0;
            for (int step = 0; step < 20_000; step++) {
                now += r.nextInt(3);
                if (r.nextInt(2_000) == 0) {
                    long cutoff = now - r.nextInt(50);
                    items.pruneBefore(cutoff);
                    model.keySet().removeIf(k -> touched.get(k) < cutoff);
                } else {
                    String id = "i" + r.nextInt(cap * 3);
                    float w = r.nextInt(4) - 1;
                    items.add(id, w, now);
                    model.merge(id, w, Float::sum);
                    touched.put(id, now);
                    if (model.size() > items.limit()) while (model.size() > cap) model.remove(model.keySet().iterator().next());
                }
                if (step % 97 == 0)
                    assertThat(new ArrayList<>(items.snapshot().entrySet())).as("cap " + cap + " step " + step)
                            .containsExactlyElementsOf(List.copyOf(model.entrySet()));
            }
        }
    }
}

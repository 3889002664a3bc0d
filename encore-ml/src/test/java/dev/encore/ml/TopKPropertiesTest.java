package dev.encore.ml;

import dev.encore.ml.topk.TopK;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TopKPropertiesTest {

    @Property
    void topKEqualsTheHeadOfAFullSort(@ForAll @Size(max = 300) List<@IntRange(min = -50, max = 50) Integer> raw,
                                      @ForAll @IntRange(min = 0, max = 40) int k) {
        float[] scores = new float[raw.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = raw.get(i) / 4f; // many ties on purpose
        TopK top = new TopK(k);
        for (int i = 0; i < scores.length; i++) top.offer(i, scores[i]);
        int[] expected = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertThat(top.drain().items()).containsExactly(expected);
    }
}

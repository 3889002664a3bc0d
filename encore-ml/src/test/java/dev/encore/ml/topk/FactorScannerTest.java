package dev.encore.ml.topk;

import dev.encore.ml.ItemFilter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactorScannerTest {

    /**
     * The scanner's answer is exactly the head of a full sort by exact score (ties to the smaller item), with
     * filtered items skipped. Coarse values make many exact ties and many near-ties inside the bf16 error bound.
     */
    @Property(tries = 250)
    void topKEqualsTheHeadOfAFullSort(@ForAll @IntRange(min = 0, max = 400) int rows,
                                      @ForAll @IntRange(min = 1, max = 70) int f,
                                      @ForAll @IntRange(min = 0, max = 60) int k,
                                      @ForAll boolean coarse, @ForAll boolean skewed, @ForAll boolean cosine,
                                      @ForAll long seed) {
        Random r = new Random(seed);
        float[] m = new float[rows * f];
        for (int i = 0; i < m.length; i++) m[i] = coarse ? r.nextInt(5) - 2 : (float) r.nextGaussian();
        if (skewed) { // norms over orders of magnitude, as trained factors have: exercises the early stop
            for (int i = 0; i < rows; i++) {
                float scale = coarse ? 1 << r.nextInt(6) : (float) Math.exp(2 * r.nextGaussian());
                for (int d = 0; d < f; d++) m[i * f + d] *= scale;
            }
        }
        if (rows > 3) java.util.Arrays.fill(m, 2 * f, 3 * f, 0f); // a zero row
        FactorScanner scanner = new FactorScanner(m, rows, f);
        float[] q = new float[f];
        for (int d = 0; d < f; d++) q[d] = coarse ? r.nextInt(3) - 1 : (float) r.nextGaussian();
        if (cosine) {
            double n = 0;
            for (float v : q) n += v * v;
            for (int d = 0; d < f; d++) q[d] = n > 0 ? (float) (q[d] / Math.sqrt(n)) : 0f;
        }
        BitSet banned = new BitSet();
        for (int i = 0; i < rows; i++) if (r.nextInt(4) == 0) banned.set(i);
        ItemFilter filter = ItemFilter.excluding(banned);

        TopK.Result got = cosine ? scanner.topKCosine(q, k, filter) : scanner.topK(q, k, filter);

        float[] exact = new float[rows];
        for (int i = 0; i < rows; i++) exact[i] = cosine ? scanner.cosine(q, i) : scanner.score(q, i);
        int[] expected = IntStream.range(0, rows).filter(i -> !banned.get(i)).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -exact[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertThat(got.items()).containsExactly(expected);
        for (int j = 0; j < got.size(); j++) assertThat(got.scores()[j]).isEqualTo(exact[got.items()[j]]);
    }

    @Test
    void consultsTheFilterOnlyForItemsThatCouldEnter() {
        int rows = 20_000, f = 32;
        Random r = new Random(2);
        float[] m = new float[rows * f];
        for (int i = 0; i < m.length; i++) m[i] = (float) r.nextGaussian();
        float[] q = new float[f];
        for (int d = 0; d < f; d++) q[d] = (float) r.nextGaussian();
        int[] calls = {0};
        TopK.Result top = new FactorScanner(m, rows, f).topK(q, 10, i -> {
            calls[0]++;
            return true;
        });
        assertThat(top.size()).isEqualTo(10);
        assertThat(calls[0]).isLessThan(rows / 20);
    }

    @Test
    void rejectsAQueryOfTheWrongWidth() {
        FactorScanner s = new FactorScanner(new float[12], 3, 4);
        assertThatThrownBy(() -> s.topK(new float[5], 2, ItemFilter.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 dimensions").hasMessageContaining("4");
        assertThatThrownBy(() -> new FactorScanner(new float[10], 3, 4)).hasMessageContaining("cannot hold 3 rows");
    }
}

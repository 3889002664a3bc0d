package dev.encore.bench.ann;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.bench.SyntheticFactors;
import dev.encore.ml.topk.FactorScanner;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneHnswTest {
    @Test
    void findsTheExactInnerProductTopKOnASmallSetAndCleansUp() throws Exception {
        int n = 3000, dim = 16, k = 10, queries = 50;
        float[] items = SyntheticFactors.gaussian(n, dim, 1), q = SyntheticFactors.gaussian(queries, dim, 2);
        FactorScanner exact = new FactorScanner(items, n, dim);
        int[][] truth = new int[queries][];
        for (int i = 0; i < queries; i++) truth[i] = exact.topK(Arrays.copyOfRange(q, i * dim, (i + 1) * dim), k, ItemFilter.ALL).items();
        java.nio.file.Path dir;
        try (LuceneHnsw lucene = LuceneHnsw.build(items, n, dim, 16, 100)) {
            assertThat(lucene.buildSeconds()).isPositive();
            assertThat(lucene.sizeBytes()).isGreaterThan((long) n * dim * 4);  // the raw vectors at least
            // A wide beam on 3k items is close to exhaustive: doc ids must be row ids for this to hold.
            assertThat(Measure.run(lucene::search, q, queries, dim, truth, k, 500).recall()).isGreaterThan(0.97);
            int[] best = lucene.search(Arrays.copyOf(q, dim), k, 500);
            assertThat(best).hasSize(k);
            float[] q0 = Arrays.copyOf(q, dim);
            for (int i = 1; i < k; i++) {   // best first by inner product (up to float rounding of the two dot products)
                assertThat(exact.score(q0, best[i - 1])).isGreaterThanOrEqualTo(exact.score(q0, best[i]) - 1e-5f);
            }
            dir = lucene.directoryForTest();
        }
        assertThat(dir).doesNotExist();
    }
}

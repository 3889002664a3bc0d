package dev.encore.bench.ann;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.bench.SyntheticFactors;
import dev.encore.ml.topk.FactorScanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneHnswTest {
    @ParameterizedTest(name = "mipToCosine={0}")
    @ValueSource(booleans = {false, true})
    void findsTheExactInnerProductTopKOnASmallSetAndCleansUp(boolean mipToCosine) throws Exception {
        int n = 3000, dim = 16, k = 10, queries = 50;
        float[] items = SyntheticFactors.gaussian(n, dim, 1), q = SyntheticFactors.gaussian(queries, dim, 2);
        FactorScanner exact = new FactorScanner(items, n, dim);
        int[][] truth = new int[queries][];
        for (int i = 0; i < queries; i++) truth[i] = exact.topK(Arrays.copyOfRange(q, i * dim, (i + 1) * dim), k, ItemFilter.ALL).items();
        java.nio.file.Path dir;
        try (LuceneHnsw lucene = LuceneHnsw.build(items, n, dim, 16, 100, mipToCosine)) {
            assertThat(lucene.buildSeconds()).isPositive();
            assertThat(lucene.sizeBytes()).isGreaterThan((long) n * dim * 4);  // the raw vectors at least
            // A beam as wide as the set is exhaustive: doc ids must be row ids, and the transform must keep the
            // inner-product order, for this to hold. (Narrower beams: the transformed graph needs far wider ones.)
            assertThat(Measure.run(lucene::search, q, queries, dim, truth, k, n).recall()).isGreaterThan(0.99);
            int[] best = lucene.search(Arrays.copyOf(q, dim), k, n);
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

package dev.encore.ml.ann;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.snapshot.Snapshot;
import dev.encore.ml.topk.FactorScanner;
import dev.encore.ml.topk.TopK;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnIndexTest {
    static final int N = 3000, DIM = 32;
    static float[] data;
    static float[] queries;
    static AnnIndex inner;

    @BeforeAll
    static void build() {
        Random r = new Random(17);
        data = gaussian(r, N * DIM);
        queries = gaussian(r, 200 * DIM); // held out: not indexed
        inner = AnnIndex.build(data, N, DIM, AnnIndex.Metric.INNER_PRODUCT, new AnnParams(16, 80, 100, 5, 2));
    }

    @Test
    void recallAgainstExactSearchIsAtLeast95Percent() {
        AnnIndex.Recall r = inner.measureRecall(queries, 200, 10, 100);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.queries()).isEqualTo(200);
        AnnIndex cosine = AnnIndex.build(data, N, DIM, AnnIndex.Metric.COSINE, new AnnParams(16, 80, 100, 5, 2));
        assertThat(cosine.measureRecall(queries, 200, 10, 100).recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aWiderBeamNeverLosesRecallHere() {
        double narrow = inner.measureRecall(queries, 200, 10, 20).recall();
        double wide = inner.measureRecall(queries, 200, 10, 200).recall();
        assertThat(wide).isGreaterThanOrEqualTo(narrow).isGreaterThan(0.98);
    }

    @Test
    void theGraphIsTheSameWhateverTheThreadCount() {
        AnnIndex one = AnnIndex.build(data, N, DIM, AnnIndex.Metric.INNER_PRODUCT, new AnnParams(16, 80, 100, 5, 1));
        HnswGraph a = one.parts()[0].graph, b = inner.parts()[0].graph;
        assertThat(a.level0()).isEqualTo(b.level0());
        assertThat(a.upperFlat()).isEqualTo(b.upperFlat());
        assertThat(a.entryPoint).isEqualTo(b.entryPoint);
    }

    @Test
    void normRangesSplitTheItemsAndKeepRecall() {
        // norms spread over two orders of magnitude, as in trained factors
        Random r = new Random(3);
        float[] skewed = data.clone();
        for (int i = 0; i < N; i++) {
            float scale = (float) Math.exp(r.nextGaussian());
            for (int d = 0; d < DIM; d++) skewed[i * DIM + d] *= scale;
        }
        AnnIndex ranged = AnnIndex.build(skewed, N, DIM, AnnIndex.Metric.INNER_PRODUCT, new AnnParams(16, 80, 100, 5, 2, 3));
        assertThat(ranged.ranges()).isEqualTo(3);
        int[] seen = new int[N];
        for (HnswPart p : ranged.parts()) for (int id : p.ids) seen[id]++;
        assertThat(seen).containsOnly(1);
        assertThat(ranged.measureRecall(queries, 200, 10, 100).recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(ranged.search(java.util.Arrays.copyOf(queries, DIM), 0, ItemFilter.ALL).size()).isZero();
    }

    @Test
    void searchReturnsOnlyAllowedItemsBestFirstWithExactScores() {
        BitSet banned = new BitSet();
        for (int i = 0; i < N; i += 3) banned.set(i);
        float[] q = java.util.Arrays.copyOf(queries, DIM);
        TopK.Result got = inner.search(q, 20, ItemFilter.excluding(banned));
        assertThat(got.size()).isEqualTo(20);
        FactorScanner exact = new FactorScanner(data, N, DIM);
        for (int j = 0; j < got.size(); j++) {
            assertThat(banned.get(got.items()[j])).isFalse();
            assertThat(got.scores()[j]).isEqualTo(exact.score(q, got.items()[j]));
            if (j > 0) assertThat(got.scores()[j]).isLessThanOrEqualTo(got.scores()[j - 1]);
        }
    }

    @Test
    void automaticNormRangesKeepEachRangeWithinAFactorOfTwo() {
        int n = 20_000, dim = 4;
        Random r = new Random(8);
        float[] m = new float[n * dim];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            norm[i] = Math.exp(1.5 * r.nextGaussian());
            m[i * dim] = (float) norm[i];
        }
        int[][] ranges = AnnIndex.normRanges(m, n, dim, 0);
        assertThat(ranges.length).isGreaterThan(2);
        int total = 0;
        for (int k = 0; k < ranges.length; k++) {
            total += ranges[k].length;
            double lo = Double.MAX_VALUE, hi = 0;
            for (int id : ranges[k]) {
                lo = Math.min(lo, norm[id]);
                hi = Math.max(hi, norm[id]);
            }
            if (k > 0) {
                assertThat(ranges[k].length).isGreaterThanOrEqualTo(AnnIndex.MIN_RANGE);
                // within a factor of two, unless the range had to reach down to MIN_RANGE items
                if (ranges[k].length > AnnIndex.MIN_RANGE) assertThat(hi / lo).as("range %d", k).isLessThanOrEqualTo(2.0 * (1 + 1e-6));
            }
        }
        assertThat(total).isEqualTo(n);
        int[][] equal = AnnIndex.normRanges(m, n, dim, 5);
        assertThat(equal.length).isEqualTo(5);
        for (int[] a : equal) assertThat(a).hasSize(n / 5);
    }

    @Test
    void saveAndLoadKeepTheGraphAndTheMeasuredRecall(@TempDir Path dir) throws Exception {
        AnnIndex.Recall r = inner.measureRecall(queries, 50, 10, 100);
        inner.save(dir);
        Map<String, Object> manifest = Snapshot.readManifest(dir);
        assertThat(manifest).containsEntry("algorithm", "hnsw").containsEntry("size", N).containsKey("recall").containsKey("parts");
        AnnIndex loaded = AnnIndex.load(dir);
        assertThat(loaded.recall().recall()).isEqualTo(r.recall());
        for (int i = 0; i < 20; i++) {
            float[] q = java.util.Arrays.copyOfRange(queries, i * DIM, (i + 1) * DIM);
            TopK.Result a = inner.search(q, 10, ItemFilter.ALL), b = loaded.search(q, 10, ItemFilter.ALL);
            assertThat(b.items()).isEqualTo(a.items());
        }
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> inner.search(new float[3], 5, ItemFilter.ALL)).hasMessageContaining("3 dimensions");
        assertThatThrownBy(() -> AnnIndex.build(new float[10], 5, 4, AnnIndex.Metric.COSINE, AnnParams.defaults()))
                .hasMessageContaining("cannot hold 5 vectors");
        assertThatThrownBy(() -> new AnnParams(1, 100, 100, 1, 0)).hasMessageContaining("m=1");
        AnnIndex empty = AnnIndex.build(new float[0], 0, 4, AnnIndex.Metric.INNER_PRODUCT, AnnParams.defaults());
        assertThat(empty.search(new float[4], 5, ItemFilter.ALL).size()).isZero();
    }

    static float[] gaussian(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) r.nextGaussian();
        return a;
    }
}

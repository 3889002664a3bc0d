package dev.encore.bench.jmh;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryTest {
    /** Trimmed from a real JMH 1.37 -rf json file: the fields Summary reads. */
    private static final String RESULTS = """
            [ { "benchmark" : "dev.encore.bench.jmh.VectorKernelBench.gramSimd", "mode" : "avgt",
                "params" : { "rank" : "64" },
                "primaryMetric" : { "score" : 512.5, "scoreError" : 12.25, "scoreUnit" : "ns/op",
                                    "rawData" : [ [ 530.0, 500.0, 520.0 ] ] } },
              { "benchmark" : "dev.encore.bench.jmh.PanelScanBench.panelScoresScalar", "mode" : "avgt",
                "params" : { "rank" : "64", "items" : "1024" },
                "primaryMetric" : { "score" : 9000.0, "scoreError" : "NaN", "scoreUnit" : "ns/op",
                                    "rawData" : [ [ 9000.0 ] ] } } ]
            """;

    @Test
    void readsMethodParamsScoreErrorAndBestIteration() throws Exception {
        List<Summary.Row> rows = Summary.parse(RESULTS);
        assertThat(rows).hasSize(2);
        Summary.Row gram = rows.get(0);
        assertThat(gram.method()).isEqualTo("VectorKernelBench.gramSimd");
        assertThat(gram.params()).containsExactly(Map.entry("rank", "64"));
        assertThat(gram.ns()).isEqualTo(512.5);
        assertThat(gram.error()).isEqualTo(12.25);
        assertThat(gram.best()).isEqualTo(500.0);
        assertThat(rows.get(1).error()).isNaN();
        // SIMD and scalar rows with equal params pair up through their key (params in name order).
        assertThat(rows.get(1).key()).isEqualTo("PanelScanBench.panelScores{items=1024, rank=64}");
    }

    @Test
    void nominalFlopsFollowTheKernelSizes() {
        var rank64 = Map.of("rank", "64");
        assertThat(Summary.flops(new Summary.Row("VectorKernelBench.dotSimd", rank64, 1, 0, 1))).isEqualTo(128);
        assertThat(Summary.flops(new Summary.Row("VectorKernelBench.gramScalar", rank64, 1, 0, 1))).isEqualTo(50 * 2 * 64 * 64);
        assertThat(Summary.flops(new Summary.Row("PanelScanBench.panelScoresSimd", rank64, 1, 0, 1))).isEqualTo(1024 * 128);
        assertThat(Summary.flops(new Summary.Row("CholeskyBench.floatSolveSimd", rank64, 1, 0, 1))).isEqualTo(2 * 64 * 64);
        assertThat(Summary.flops(new Summary.Row("TopKBench.offer", Map.of("k", "50"), 1, 0, 1))).isZero();
    }

    @Test
    void rejectsOtherFilesAndUnits() {
        assertThatThrownBy(() -> Summary.parse("{\"a\": 1}")).hasMessageContaining("-rf json");
        assertThatThrownBy(() -> Summary.parse("""
                [ { "benchmark" : "x.Y.dotSimd", "params" : {},
                    "primaryMetric" : { "score" : 3.0, "scoreError" : 0.1, "scoreUnit" : "ops/ns", "rawData" : [] } } ]
                """)).hasMessageContaining("expected ns/op");
    }
}

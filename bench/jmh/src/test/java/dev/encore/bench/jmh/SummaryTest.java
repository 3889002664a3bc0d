package dev.encore.bench.jmh;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryTest {
    private static final String HEADER =
            "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: items\",\"Param: rank\"";

    @Test
    void readsMethodParamsScoreAndError() {
        List<Summary.Row> rows = Summary.parse(List.of(HEADER,
                "\"dev.encore.bench.jmh.VectorKernelBench.gramSimd\",\"avgt\",1,5,512.5,12.25,\"ns/op\",,64",
                "\"dev.encore.bench.jmh.PanelScanBench.panelScoresScalar\",\"avgt\",1,5,9000,NaN,\"ns/op\",1024,64"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).method()).isEqualTo("VectorKernelBench.gramSimd");
        assertThat(rows.get(0).params()).containsExactly(java.util.Map.entry("rank", "64"));
        assertThat(rows.get(0).ns()).isEqualTo(512.5);
        assertThat(rows.get(0).error()).isEqualTo(12.25);
        assertThat(rows.get(1).params()).containsEntry("items", "1024");
        assertThat(rows.get(1).error()).isNaN();
        // SIMD and scalar rows with equal params pair up through their key.
        assertThat(rows.get(1).key()).isEqualTo("PanelScanBench.panelScores{items=1024, rank=64}");
    }

    @Test
    void nominalFlopsFollowTheKernelSizes() {
        var rank64 = java.util.Map.of("rank", "64");
        assertThat(Summary.flops(new Summary.Row("VectorKernelBench.dotSimd", rank64, 1, 0))).isEqualTo(128);
        assertThat(Summary.flops(new Summary.Row("VectorKernelBench.gramScalar", rank64, 1, 0))).isEqualTo(50 * 2 * 64 * 64);
        assertThat(Summary.flops(new Summary.Row("PanelScanBench.panelScoresSimd", rank64, 1, 0))).isEqualTo(1024 * 128);
        assertThat(Summary.flops(new Summary.Row("CholeskyBench.floatSolveSimd", rank64, 1, 0))).isEqualTo(2 * 64 * 64);
        assertThat(Summary.flops(new Summary.Row("TopKBench.offer", java.util.Map.of("k", "50"), 1, 0))).isZero();
    }

    @Test
    void rejectsOtherFilesAndUnits() {
        assertThatThrownBy(() -> Summary.parse(List.of("a,b,c"))).hasMessageContaining("-rf csv");
        assertThatThrownBy(() -> Summary.parse(List.of(HEADER,
                "\"x.Y.dotSimd\",\"thrpt\",1,5,3.0,0.1,\"ops/ns\",,64"))).hasMessageContaining("expected ns/op");
    }
}

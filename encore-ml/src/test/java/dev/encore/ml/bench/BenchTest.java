package dev.encore.ml.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.matrix.InteractionMatrix;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchTest {

    @Test
    void syntheticMatricesHaveExactlyTheAskedNonZerosAndArePowerLawAndSeeded() {
        InteractionMatrix a = SyntheticMatrix.powerLaw(3000, 2000, 60_000, 4);
        InteractionMatrix b = SyntheticMatrix.powerLaw(3000, 2000, 60_000, 4);
        assertThat(a.nnz()).isEqualTo(60_000);
        assertThat(a.indices()).isEqualTo(b.indices());
        assertThat(a.values()).isEqualTo(b.values());
        assertThat(SyntheticMatrix.powerLaw(3000, 2000, 60_000, 5).indices()).isNotEqualTo(a.indices());
        int[] counts = a.columnCounts();
        Arrays.sort(counts);
        long top1 = 0, all = 0;
        for (int i = 0; i < counts.length; i++) {
            all += counts[i];
            if (i >= counts.length - 20) top1 += counts[i];
        }
        assertThat((double) top1 / all).as("share of the top 1% items").isGreaterThan(0.05); // uniform would be 0.01
        for (int u = 0; u < a.rows(); u++) assertThat(a.rowNnz(u)).isPositive();
        assertThatThrownBy(() -> SyntheticMatrix.powerLaw(10, 10, 60, 1)).hasMessageContaining("density");
        assertThatThrownBy(() -> SyntheticMatrix.preset("XL", 1)).hasMessageContaining("use S, M or L");
    }

    @Test
    void samplesGiveNearestRankQuantiles() {
        Samples s = new Samples(new double[] {5, 1, 4, 2, 3});
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
        assertThat(s.quantile(0.99)).isEqualTo(5);
        assertThat(s.quantile(0.2)).isEqualTo(1);
    }

    @Test
    void alsBenchPrintsOneJsonLinePerRunATableAndTheSummaryLine() throws Exception {
        InteractionMatrix m = SyntheticMatrix.powerLaw(800, 500, 12_000, 2);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AlsBench.Summary s = AlsBench.run("tiny", m, 16, 2, 2, 3, true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> json = lines.stream().filter(l -> l.startsWith("{\"bench\":\"als\"")).toList();
        assertThat(json).hasSize(3);
        Map<?, ?> first = new ObjectMapper().readValue(json.get(0), Map.class);
        assertThat(first.get("nnz")).isEqualTo(12_000);
        assertThat(((Number) first.get("seconds_per_iteration")).doubleValue()).isPositive();
        assertThat(((Number) first.get("final_loss")).doubleValue()).isPositive();
        assertThat(lines).anyMatch(l -> l.startsWith("| tiny |"));
        assertThat(lines).filteredOn(l -> l.contains("\"bench\":\"als_serving\"")).hasSize(2);
        assertThat(lines.get(lines.size() - 1)).matches("als: \\d+\\.\\d\\d s/iter");
        assertThat(s.secondsPerIteration().count()).isEqualTo(3);
        assertThat(s.gflopsAtMedian()).isPositive();
    }

    @Test
    void flopCountFollowsTheFormula() {
        InteractionMatrix m = SyntheticMatrix.powerLaw(100, 50, 1000, 1);
        // gram 2·f²·(rows+cols) + (cg+1)·(2·f²·(rows+cols) + 2·nnz·4f), f = 8, cg = 3
        double expected = 150 * 128 + 4 * (150 * 128 + 2 * 1000 * 32);
        assertThat(AlsBench.flopsPerIteration(m, 8, 3, false)).isEqualTo(expected);
        assertThat(AlsBench.flopsPerIteration(m, 8, 3, true)).isEqualTo(expected + 50 * 128 + 1000 * 16);
    }
}

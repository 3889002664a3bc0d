package dev.encore.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark command's output contract: JSON lines, a Markdown table and "als: X s/iter" (tiny run, no timing asserted). */
class BenchCommandTest {

    @Test
    void alsBenchPrintsJsonLinesATableAndTheSummaryLine() {
        CommandLineRun r = CommandLineRun.of("bench", "als", "--dataset", "S", "--factors", "8", "--iterations", "1", "--runs", "1", "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\{.*\"threads\":1.*}$").contains("| median s/iter").containsPattern("(?m)^als: [0-9.]+ s/iter$");
    }

    @Test
    void anUnknownBenchmarkListsTheKnownOnes() {
        CommandLineRun r = CommandLineRun.of("bench", "gpu");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown benchmark 'gpu'").contains("als, topk or ann");
    }
}

package dev.encore.bench.ann;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTest {
    private static final float[] QUERIES = {1, 0, 0, 1};   // two queries of width 2
    private static final int[][] TRUTH = {{3, 1, 4, 5}, {9, 2, 6, 5}};

    @Test
    void recallCountsTheExactTopKWhateverTheOrder() {
        Measure.Result r = Measure.run((q, k, ef) -> q[0] == 1 ? new int[]{1, 3} : new int[]{2, 7}, QUERIES, 2, 2, TRUTH, 2, 10);
        assertThat(r.recall()).isEqualTo(0.75);  // query 0: {1, 3} = top-2 {3, 1}; query 1: 2 in {9, 2}, 7 not
        assertThat(r.p50Millis()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(r.p99Millis());
        assertThat(r.cpuMicros()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void cpuTimePerQueryFollowsTheWorkDone() {
        int[][] truth = {{0}};
        Measure.Result busy = Measure.run((q, k, ef) -> {
            long end = System.nanoTime() + 2_000_000;   // 2 ms of spinning: CPU time, not sleep
            long x = 0;
            while (System.nanoTime() < end) x++;
            return new int[]{(int) (x & 0)};
        }, new float[]{1}, 1, 1, truth, 1, 1);
        assertThat(busy.recall()).isEqualTo(1.0);
        assertThat(busy.p50Millis()).isGreaterThanOrEqualTo(2.0);
        assertThat(busy.cpuMicros()).isGreaterThan(200);  // well under 2,000 on a loaded machine, never near zero
    }

    @Test
    void itemsBeyondKAndShortAnswersCountAsMisses() {
        assertThat(Measure.overlap(new int[]{5, 3}, TRUTH[0], 2)).isEqualTo(1);
        assertThat(Measure.overlap(new int[]{}, TRUTH[0], 2)).isZero();
        assertThat(Measure.overlap(new int[]{3, 1, 4}, TRUTH[0], 2)).isEqualTo(2);
    }

    @Test
    void searcherSeesTheRequestedKAndEf() {
        int[] seen = new int[2];
        Measure.run((q, k, ef) -> {
            seen[0] = k;
            seen[1] = ef;
            return new int[0];
        }, QUERIES, 2, 2, TRUTH, 3, 77);
        assertThat(seen).containsExactly(3, 77);
    }

    @Test
    void tooFewExactAnswersIsAnError() {
        assertThatThrownBy(() -> Measure.run((q, k, ef) -> new int[0], QUERIES, 2, 2, TRUTH, 5, 10))
                .hasMessageContaining("recall@5 needs 5");
        assertThatThrownBy(() -> Measure.run((q, k, ef) -> new int[0], QUERIES, 2, 2, new int[1][], 2, 10))
                .hasMessageContaining("need 2");
    }
}

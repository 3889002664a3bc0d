package dev.encore.eval.session;

import dev.encore.eval.fixtures.ScoreModel;
import dev.encore.eval.stats.Estimate;
import dev.encore.ml.Model;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SessionTest {
    /** Predicts "the track after the last one heard": the highest prefix track + 1 first, then +2, ... */
    private final Model successor = new ScoreModel("successor", 0, 10) {
        @Override
        protected float[] scores(UserQuery q) {
            int last = q.items()[q.items().length - 1];
            float[] s = new float[10];
            for (int i = 0; i < 10; i++) s[i] = -(((i - last - 1) % 10 + 10) % 10);
            return s;
        }
    };

    @Test
    void hitRateAndMrrOverEveryPosition() {
        // session A: 0 1 2 → both predictions (after 0, after 0 1) rank the true track 1st
        // session B: 3 5 → after 3 the model ranks 4, 5, ... so 5 is 2nd
        Map<String, Estimate> r = NextTrack.evaluate(successor, List.of(new int[] {0, 1, 2}, new int[] {3, 5}),
                new int[] {1, 2}, false, false, 200, 1);
        // 3 events: ranks 1, 1, 2
        assertThat(r.get("hitrate@1").value()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.get("hitrate@2").value()).isEqualTo(1.0);
        assertThat(r.get("mrr@1").value()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.get("mrr@2").value()).isCloseTo((1 + 1 + 0.5) / 3, within(1e-12));
        // last position only: session A's event after 0 1, session B's after 3 → ranks 1 and 2
        Map<String, Estimate> last = NextTrack.evaluate(successor, List.of(new int[] {0, 1, 2}, new int[] {3, 5}),
                new int[] {1}, true, false, 200, 1);
        assertThat(last.get("hitrate@1").value()).isCloseTo(0.5, within(1e-12));
        assertThat(last.get("hitrate@1").n()).isEqualTo(2);
    }

    @Test
    void skipPredictionAccuracies() {
        boolean[] actual = {true, false, true, true};
        boolean[] predicted = {true, true, true, false};
        assertThat(SkipPrediction.accuracy(predicted, actual)).isEqualTo(0.5);
        // right at 1 and 3: A(1) = 1/1, A(3) = 2/3 → (1 + 2/3) / 4
        assertThat(SkipPrediction.averageAccuracy(predicted, actual)).isCloseTo((1 + 2 / 3.0) / 4, within(1e-12));
        boolean[][] p = {predicted, {false}}, a = {actual, {true}};
        assertThat(SkipPrediction.meanAverageAccuracy(p, a)).isCloseTo((1 + 2 / 3.0) / 8, within(1e-12));
        assertThat(SkipPrediction.firstPredictionAccuracy(p, a)).isEqualTo(0.5);
        assertThatThrownBy(() -> SkipPrediction.accuracy(new boolean[2], new boolean[3])).hasMessageContaining("2 predictions for 3 tracks");
    }
}

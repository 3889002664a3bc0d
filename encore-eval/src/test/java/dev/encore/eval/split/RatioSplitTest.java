package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.fixtures.Planted;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static dev.encore.eval.split.SplitsTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatioSplitTest {
    private final InteractionLog log = Planted.clustered(60, 40, 4, 8, 3);

    @Test
    void countsFollowRecBolesRuleFloorThenAtLeastOneWhileTrainKeepsMoreThanOne() {
        RatioSplit r = new RatioSplit(0.8, 0.1, 0.1);
        assertThat(r.counts(50)).containsExactly(40, 5, 5);
        assertThat(r.counts(49)).containsExactly(41, 4, 4);
        assertThat(r.counts(5)).containsExactly(3, 1, 1);    // 0.5 each: raised to 1
        assertThat(r.counts(2)).containsExactly(1, 0, 1);    // test first; then train would drop to 0
        assertThat(r.counts(1)).containsExactly(1, 0, 0);
    }

    @Test
    void trainValidationAndTestPartitionTheLogAndTuningNeverSeesTest() {
        RatioSplit r = (RatioSplit) Protocols.parse("ratio:0.8:0.1:0.1");
        Split s = r.split(log, 7);
        Split v = r.validation(s, 7);
        Set<String> train = pairs(s.train()), valid = pairs(v.test()), test = pairs(s.test());
        assertThat(v.train()).isSameAs(s.train());
        assertThat(train).doesNotContainAnyElementsOf(valid).doesNotContainAnyElementsOf(test);
        assertThat(valid).doesNotContainAnyElementsOf(test);
        Set<String> all = new HashSet<>(train);
        all.addAll(valid);
        all.addAll(test);
        assertThat(all).isEqualTo(pairs(log));
        int[] perUser = new int[log.users()], testPerUser = new int[log.users()];
        for (int i = 0; i < log.size(); i++) perUser[log.user(i)]++;
        for (int i = 0; i < s.test().size(); i++) testPerUser[s.test().user(i)]++;
        for (int u = 0; u < log.users(); u++) assertThat(testPerUser[u]).isEqualTo(r.counts(perUser[u])[2]);
        assertThat(pairs(new RatioSplit(0.8, 0.1, 0.1).split(log, 7).test())).isEqualTo(test);
        assertThat(pairs(new RatioSplit(0.8, 0.1, 0.1).split(log, 8).test())).isNotEqualTo(test);
    }

    @Test
    void badRatiosAndForeignSplitsAreRefusedWithTheFix() {
        assertThatThrownBy(() -> Protocols.parse("ratio:0.8:0.3:0.1")).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> Protocols.parse("ratio:0.8:0.2")).hasMessageContaining("missing its value");
        Split foreign = new RandomHoldout(0.2).split(log, 1);
        assertThatThrownBy(() -> new RatioSplit(0.8, 0.1, 0.1).validation(foreign, 1)).hasMessageContaining("split the log with it first");
    }
}

package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.fixtures.Planted;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitsTest {
    private final InteractionLog log = Planted.clustered(60, 40, 4, 8, 3);

    @Test
    void randomHoldoutTakesTheFractionPerUserAndIsSeeded() {
        Split s = new RandomHoldout(0.25).split(log, 1);
        assertPartition(log, s);
        int[] trainN = counts(s.train()), testN = counts(s.test()), all = counts(log);
        for (int u = 0; u < log.users(); u++) assertThat(testN[u]).isEqualTo(Math.round(0.25 * all[u]));
        assertThat(pairs(new RandomHoldout(0.25).split(log, 1).test())).isEqualTo(pairs(s.test()));
        assertThat(pairs(new RandomHoldout(0.25).split(log, 2).test())).isNotEqualTo(pairs(s.test()));
        assertThat(trainN[0]).isPositive();
    }

    @Test
    void singleInteractionUsersStayInTrain() {
        InteractionLog tiny = InteractionLog.builder(2, 3).add(0, 1, 1, 5).add(1, 0, 1, 1).add(1, 2, 1, 2).build();
        Split s = new RandomHoldout(0.9).split(tiny, 4);
        assertThat(counts(s.test())).containsExactly(0, 1);
        assertThatThrownBy(() -> new RandomHoldout(1.0)).hasMessageContaining("(0, 1)");
    }

    @Test
    void leaveLastOutTakesTheLatestByTime() {
        InteractionLog timed = InteractionLog.builder(2, 5)
                .add(0, 0, 1, 30).add(0, 1, 1, 10).add(0, 2, 1, 20).add(0, 3, 1, 40)
                .add(1, 4, 1, 5).build();
        Split s = new LeaveLastOut(2).split(timed, 0);
        assertThat(pairs(s.test())).containsExactlyInAnyOrder("0:0", "0:3");
        assertThat(pairs(s.train())).containsExactlyInAnyOrder("0:1", "0:2", "1:4"); // user 1 has ≤ N: all train
        assertThatThrownBy(() -> new LeaveLastOut(1).split(InteractionLog.builder(1, 1).add(0, 0, 1, InteractionLog.NO_TIME).build(), 0))
                .hasMessageContaining("needs a timestamp");
    }

    @Test
    void repeatedEventsMergeIntoOnePairDiscoveredAtTheFirstTime() {
        InteractionLog l = InteractionLog.builder(1, 2).add(0, 1, 1, 50).add(0, 1, 2, 10).add(0, 0, 1, 30).build();
        assertThat(l.size()).isEqualTo(2);
        assertThat(l.weight(0)).isEqualTo(3f);
        assertThat(l.time(0)).isEqualTo(10);
        // first discovery of item 1 is at t=10, of item 0 at t=30 → item 0 is the last one
        assertThat(pairs(new LeaveLastOut(1).split(l, 0).test())).containsExactly("0:0");
    }

    @Test
    void temporalSplitNeverTrainsOnTheFuture() {
        Split s = TemporalSplit.lastFraction(0.3).split(log, 0);
        assertPartition(log, s);
        long cutoff = (Long) s.settings().get("cutoff");
        for (int i = 0; i < s.train().size(); i++) assertThat(s.train().time(i)).isLessThan(cutoff);
        for (int i = 0; i < s.test().size(); i++) assertThat(s.test().time(i)).isGreaterThanOrEqualTo(cutoff);
        assertThat((double) s.test().size() / log.size()).isBetween(0.25, 0.35);
        assertThat(TemporalSplit.before(0).split(log, 0).train().size()).isZero();
    }

    @Test
    void kFoldTestsEveryInteractionExactlyOnce() {
        List<Split> folds = KFold.folds(log, 4, 9);
        Set<String> seen = new HashSet<>();
        for (Split f : folds) {
            assertPartition(log, f);
            for (String p : pairs(f.test())) assertThat(seen.add(p)).as("pair %s tested twice", p).isTrue();
            int[] t = counts(f.test()), all = counts(log);
            for (int u = 0; u < log.users(); u++) assertThat(t[u]).isBetween(all[u] / 4, all[u] / 4 + 1);
        }
        assertThat(seen).isEqualTo(pairs(log));
    }

    @Test
    void validationIsCarvedFromTrainOnly() {
        Splitter sp = new RandomHoldout(0.2);
        Split s = sp.split(log, 5);
        Split v = sp.validation(s, 5);
        assertThat(v.protocol()).isEqualTo("random-holdout/validation");
        Set<String> union = new HashSet<>(pairs(v.train()));
        union.addAll(pairs(v.test()));
        assertThat(union).isEqualTo(pairs(s.train()));
        assertThat(pairs(v.test())).doesNotContainAnyElementsOf(pairs(s.test()));
    }

    @Test
    void protocolsParseFromTheirCommandLineForm() {
        assertThat(Protocols.parse("holdout:0.25").split(log, 1).test().size()).isEqualTo(new RandomHoldout(0.25).split(log, 1).test().size());
        assertThat(Protocols.parse("last:2").split(log, 0).protocol()).isEqualTo("leave-last-out");
        assertThat(Protocols.parse("temporal:0.3").split(log, 0).protocol()).isEqualTo("temporal");
        assertThat(Protocols.parse("before:5000").split(log, 0).settings()).containsEntry("cutoff", 5000L);
        assertThat(Protocols.parse("kfold:4:2").split(log, 9).settings()).containsEntry("fold", 2);
        assertThatThrownBy(() -> Protocols.parse("bootstrap:3")).hasMessageContaining("unknown protocol 'bootstrap'");
        assertThatThrownBy(() -> Protocols.parse("holdout:x")).hasMessageContaining("malformed number");
        assertThatThrownBy(() -> Protocols.parse("last")).hasMessageContaining("missing its value");
    }

    private static void assertPartition(InteractionLog log, Split s) {
        Set<String> train = pairs(s.train()), test = pairs(s.test());
        assertThat(train).doesNotContainAnyElementsOf(test);
        Set<String> union = new HashSet<>(train);
        union.addAll(test);
        assertThat(union).isEqualTo(pairs(log));
    }

    static Set<String> pairs(InteractionLog l) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i < l.size(); i++) s.add(l.user(i) + ":" + l.item(i));
        return s;
    }

    private static int[] counts(InteractionLog l) {
        int[] c = new int[l.users()];
        for (int i = 0; i < l.size(); i++) c[l.user(i)]++;
        return c;
    }
}

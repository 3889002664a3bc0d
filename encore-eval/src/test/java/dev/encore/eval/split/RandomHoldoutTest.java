package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static dev.encore.eval.split.SplitsTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user cap of {@link RandomHoldout} (the per-user rule itself is covered in {@link SplitsTest}). */
class RandomHoldoutTest {
    private static final double F = 0.1;
    /** User u has u % 12 interactions, so at 10% only users with 5..11 of them (70 of 120) get a test part. */
    private final InteractionLog log = varied(120, 12);

    @Test
    void aCappedSplitHoldsOutTheFractionOfASeededSampleOfTheUsersAndNeverTrainsOnIt() {
        Split s = new RandomHoldout(F, 15).split(log, 7);
        Set<String> train = pairs(s.train()), test = pairs(s.test());
        assertThat(train).doesNotContainAnyElementsOf(test);
        Set<String> union = new HashSet<>(train);
        union.addAll(test);
        assertThat(union).isEqualTo(pairs(log));
        int[] all = counts(log), trainN = counts(s.train()), testN = counts(s.test());
        Set<Integer> tested = testUsers(s);
        assertThat(tested).hasSize(15);
        for (int u : tested) {
            assertThat(all[u]).as("user %d has %d interactions, too few to hold one out", u, all[u]).isGreaterThanOrEqualTo(5);
            assertThat(testN[u]).isEqualTo(Math.round(F * all[u]));
            assertThat(trainN[u]).isEqualTo(all[u] - testN[u]).isPositive();
        }
        assertThat(s.settings()).containsEntry("maxUsers", 15).containsEntry("seed", 7L);
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
        RandomHoldout h = new RandomHoldout(F, 15);
        assertThat(pairs(h.split(log, 7).test())).isEqualTo(pairs(h.split(log, 7).test()));
        assertThat(testUsers(h.split(log, 8))).isNotEqualTo(testUsers(h.split(log, 7)));
    }

    @Test
    void aCapAtOrAboveTheEligibleUsersDrawsNothingMoreAndGivesTheUncappedSplit() {
        for (long seed = 0; seed < 5; seed++) {
            Split uncapped = new RandomHoldout(F).split(log, seed);
            assertThat(testUsers(uncapped)).hasSize(70);
            for (int cap : new int[] {70, 500, Integer.MAX_VALUE})
                assertThat(pairs(new RandomHoldout(F, cap).split(log, seed).test())).isEqualTo(pairs(uncapped.test()));
        }
        assertThat(new RandomHoldout(F).split(log, 1).settings()).doesNotContainKey("maxUsers");
    }

    @Test
    void everyEligibleUserIsAboutEquallyLikelyToBeSampled() {
        int seeds = 400, cap = 10;
        int[] picked = new int[log.users()];
        for (long seed = 0; seed < seeds; seed++) for (int u : testUsers(new RandomHoldout(F, cap).split(log, seed))) picked[u]++;
        double expected = (double) seeds * cap / 70;   // ~57, sd ~7
        int[] all = counts(log);
        for (int u = 0; u < log.users(); u++) {
            if (all[u] < 5) assertThat(picked[u]).as("user %d cannot have a test part", u).isZero();
            else assertThat((double) picked[u]).as("times user %d was sampled", u).isBetween(expected - 28, expected + 28);
        }
    }

    @Test
    void aCapBelowOneIsRejectedWithTheFix() {
        assertThatThrownBy(() -> new RandomHoldout(F, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0").hasMessageContaining("Integer.MAX_VALUE");
    }

    private static InteractionLog varied(int users, int mod) {
        InteractionLog.Builder b = InteractionLog.builder(users, mod);
        for (int u = 0; u < users; u++) for (int i = 0; i < u % mod; i++) b.add(u, i, 1, 100L * u + i);
        return b.build();
    }

    private static Set<Integer> testUsers(Split s) {
        Set<Integer> users = new TreeSet<>();
        for (int i = 0; i < s.test().size(); i++) users.add(s.test().user(i));
        return users;
    }

    private static int[] counts(InteractionLog l) {
        int[] c = new int[l.users()];
        for (int i = 0; i < l.size(); i++) c[l.user(i)]++;
        return c;
    }
}

package dev.encore.eval.playlist;

import dev.encore.eval.fixtures.CooccurrenceRecommender;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaylistContinuationTest {
    private static final int TRACKS = 120;
    private final List<int[]> playlists = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    PlaylistContinuationTest() {
        // 4 themes of 30 tracks each; a playlist draws 12-20 distinct tracks from one theme
        SplittableRandom rnd = new SplittableRandom(3);
        for (int p = 0; p < 300; p++) {
            int theme = p % 4, len = 12 + rnd.nextInt(9);
            int[] t = rnd.ints(0, 30).distinct().limit(len).map(x -> theme * 30 + x).toArray();
            playlists.add(t);
            titles.add(p % 5 == 0 ? null : "theme " + theme);
        }
    }

    @Test
    void challengeSetHidesTheRestAfterTheFirstNTracks() {
        ChallengeSet set = ChallengeSet.build(playlists, titles, TRACKS, new int[] {0, 1, 5, 10}, 10, 9);
        assertThat(set.tasks()).hasSize(40);
        assertThat(set.train().rows()).isEqualTo(300 - 40);
        for (ChallengeSet.Task t : set.tasks()) {
            int[] whole = playlists.get(t.playlist());
            assertThat(t.seeds()).containsExactly(Arrays.copyOf(whole, t.category()));
            assertThat(t.hidden()).containsExactly(Arrays.copyOfRange(whole, t.category(), whole.length));
            if (t.category() == 0) assertThat(t.title()).isNotBlank();
        }
        assertThat(set.tasks()).extracting(ChallengeSet.Task::playlist).doesNotHaveDuplicates();
        ChallengeSet again = ChallengeSet.build(playlists, titles, TRACKS, new int[] {0, 1, 5, 10}, 10, 9);
        assertThat(again.tasks()).extracting(ChallengeSet.Task::playlist)
                .isEqualTo(set.tasks().stream().map(ChallengeSet.Task::playlist).toList());
        assertThatThrownBy(() -> ChallengeSet.build(playlists, titles.subList(0, 3), TRACKS, ChallengeSet.CATEGORIES, 1, 1))
                .hasMessageContaining("300 playlists but 3 titles");
    }

    @Test
    void moreSeedsGiveBetterContinuations() {
        ChallengeSet set = ChallengeSet.build(playlists, titles, TRACKS, new int[] {0, 5}, 20, 4);
        Model model = new CooccurrenceRecommender().fit(set.train(), Params.parse("alpha=0.1"));
        List<PlaylistContinuation.Category> cats = PlaylistContinuation.evaluate(model, set, t -> t / 10,
                ChallengeMetrics.Ideal.RULES, 200, 1);
        assertThat(cats).extracting(PlaylistContinuation.Category::name).containsExactly("all", "first 0", "first 5");
        PlaylistContinuation.Category titleOnly = cats.get(1), five = cats.get(2);
        assertThat(five.tasks()).isEqualTo(20);
        assertThat(five.metrics().get("rprecision").value()).isGreaterThan(titleOnly.metrics().get("rprecision").value() + 0.2);
        assertThat(five.metrics().get("clicks").value()).isLessThan(titleOnly.metrics().get("clicks").value());
        for (PlaylistContinuation.Category c : cats) {
            assertThat(c.metrics().get("rprecision").value()).isBetween(0.0, 1.0);
            assertThat(c.metrics().get("ndcg").value()).isBetween(0.0, 1.0);
            assertThat(c.metrics().get("clicks").value()).isBetween(0.0, 51.0);
        }
        // themed seeds: the top continuation stays in the theme, so the first page already holds a hidden track
        assertThat(five.metrics().get("clicks").value()).isEqualTo(0.0);
    }
}

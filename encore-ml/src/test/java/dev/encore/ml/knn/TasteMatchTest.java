package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TasteMatchTest {
    /** u0 and u1 identical up to scale; u2 disjoint from them; u3 shares one artist with u0. */
    private static InteractionMatrix users() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        b.add(0, 1, 2);
        b.add(1, 0, 3);
        b.add(1, 1, 6);
        b.add(2, 2, 4);
        b.add(3, 1, 1);
        b.add(3, 3, 1);
        return b.build(4, 4, true);
    }

    @Test
    void identicalTasteIs100AndDisjointIs0() {
        TasteMatch t = new TasteMatch(users());
        assertThat(t.score(0, 1)).isEqualTo(100);
        assertThat(t.score(0, 0)).isEqualTo(100);
        assertThat(t.score(0, 2)).isZero();
        // u0 = (1,2,0,0)/√5, u3 = (0,1,0,1)/√2: cos = 2/√10
        assertThat(t.cosine(0, 3)).isCloseTo(2 / Math.sqrt(10), within(1e-6));
        assertThat(t.score(0, 3)).isEqualTo((int) Math.round(100 * Math.sqrt(2 / Math.sqrt(10))));
    }

    @Test
    void scoreIsTheSquareRootOfTheCosineInPercent() {
        assertThat(TasteMatch.score(0)).isZero();
        assertThat(TasteMatch.score(0.04)).isEqualTo(20);
        assertThat(TasteMatch.score(0.25)).isEqualTo(50);
        assertThat(TasteMatch.score(1)).isEqualTo(100);
        assertThat(TasteMatch.score(-0.3)).as("negative cosines are no match").isZero();
        for (double c = 0; c < 1; c += 0.01) assertThat(TasteMatch.score(c + 0.01)).isGreaterThanOrEqualTo(TasteMatch.score(c));
    }

    @Test
    void similarUsersAreBestFirstAndSkipTheUser() {
        List<TasteMatch.Match> m = new TasteMatch(users()).similarUsers(0, 5);
        assertThat(m.stream().map(TasteMatch.Match::user).toList()).containsExactly(1, 3);
        assertThat(m.get(0).score()).isEqualTo(100);
        assertThat(m.get(1).cosine()).isCloseTo((float) (2 / Math.sqrt(10)), within(1e-6f));
    }

    @Test
    void rejectsUnknownUsers() {
        assertThatThrownBy(() -> new TasteMatch(users()).score(0, 4)).hasMessageContaining("user 4").hasMessageContaining("4 users");
    }

    @Test
    void artistMatrixSumsTrackWeightsPerArtistAndFeedsItemKnn() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);  // tracks 0, 1 by artist 0; track 2 by artist 1; track 3 unknown
        b.add(0, 1, 2);
        b.add(0, 3, 5);
        b.add(1, 2, 1);
        b.add(1, 1, 1);
        InteractionMatrix artists = ArtistMatrix.fromTracks(b.build(2, 4, true), new int[] {0, 0, 1, -1}, 2);
        assertThat(artists.cols()).isEqualTo(2);
        assertThat(artists.get(0, 0)).isEqualTo(3f);
        assertThat(artists.contains(0, 1)).isFalse();
        assertThat(artists.get(1, 0)).isEqualTo(1f);
        assertThat(artists.get(1, 1)).isEqualTo(1f);
        Model fans = new ItemKnnRecommender().fit(artists, Params.empty());
        assertThat(fans.similarItems(1, 1, ItemFilter.ALL).get(0).item()).isEqualTo(0); // user 1 plays both
        assertThatThrownBy(() -> ArtistMatrix.fromTracks(artists, new int[] {0}, 2)).hasMessageContaining("one artist index");
    }
}

package dev.encore.ml.content;

import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Track;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ContentTest {
    private static InteractionMatrix oneListener(int items, int... played) {
        MatrixBuilder b = new MatrixBuilder();
        for (int i : played) b.add(0, i, 1);
        return b.build(1, items, true);
    }

    private static ContentModel fit(ItemFeatures f, InteractionMatrix x, String params) {
        return (ContentModel) new ContentRecommender(f).fit(x, Params.parse(params));
    }

    @Test
    void tagCosineFollowsTfIdfByHand() {
        // item 0: rock ×1, indie ×1; item 1: rock ×1; item 2: jazz ×1. N = 3; df(rock) = 2, df(indie) = df(jazz) = 1.
        ItemFeatures f = ItemFeatures.builder(3).tag(0, "Rock").tag(0, "indie").tag(1, " rock ").tag(2, "jazz").build();
        ContentModel m = fit(f, oneListener(3, 0), "");
        double idfRock = Math.log(4.0 / 3) + 1, idfIndie = Math.log(4.0 / 2) + 1;
        double expected = idfRock / Math.hypot(idfRock, idfIndie); // item 1 is the unit vector on rock
        assertThat(m.similarity(0, 1)).isCloseTo((float) expected, within(1e-6f));
        assertThat(m.similarity(0, 2)).isZero();
        assertThat(f.tagNames()).containsExactly("rock", "indie", "jazz");
    }

    @Test
    void repeatedTagsWeighSublinearly() {
        // item 0 tagged rock ×3 and pop ×1: tf(rock) = 1 + ln 3. Same idf for both tags (each on one other item too).
        ItemFeatures f = ItemFeatures.builder(3).tag(0, "rock", 3).tag(0, "pop").tag(1, "rock").tag(2, "pop").build();
        ContentModel m = fit(f, oneListener(3, 0), "");
        double tfRock = 1 + Math.log(3);
        assertThat(m.similarity(0, 1)).isCloseTo((float) (tfRock / Math.hypot(tfRock, 1)), within(1e-6f));
        assertThat(m.similarity(0, 2)).isCloseTo((float) (1 / Math.hypot(tfRock, 1)), within(1e-6f));
    }

    @Test
    void servesTracksNobodyHasPlayed() {
        // items 0 and 1 are played; item 2 is brand new but shares item 0's tags; item 3 shares nothing.
        ItemFeatures f = ItemFeatures.builder(4).tag(0, "shoegaze").tag(0, "dream pop").tag(1, "techno")
                .tag(2, "shoegaze").tag(2, "dream pop").tag(3, "polka").build();
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1);
        b.add(1, 1, 1);
        ContentModel m = fit(f, b.build(2, 4, true), "");
        UserQuery q = UserQuery.of(0, b.build(2, 4, true));
        List<ScoredItem> recs = m.recommend(q, 5, ItemFilter.excluding(q.items()));
        assertThat(recs).hasSize(1);
        assertThat(recs.get(0).item()).isEqualTo(2);
        assertThat(recs.get(0).score()).isCloseTo(1f, within(1e-6f));
        assertThat(recs.get(0).because()).containsExactly(0);
        assertThat(m.similarItems(2, 3, ItemFilter.ALL).get(0).item()).isEqualTo(0);
    }

    @Test
    void audioFeaturesJoinTheVectorWithTheirWeight() {
        AudioFeatures calm = new AudioFeatures(70, 0.1, 0.3, 0.2, 0.9, 0.8, -20);
        AudioFeatures loud = new AudioFeatures(170, 0.95, 0.8, 0.9, 0.05, 0.0, -4);
        // no tags at all: items 0 and 1 sound alike, item 2 does not
        ItemFeatures f = ItemFeatures.builder(3).audio(0, calm).audio(1, calm).audio(2, loud).build();
        ContentModel withAudio = fit(f, oneListener(3, 0), "audioWeight=0.5");
        assertThat(withAudio.similarity(0, 1)).isCloseTo(1f, within(1e-6f));
        assertThat(withAudio.similarity(0, 2)).isNegative();
        ContentModel tagsOnly = fit(f, oneListener(3, 0), "audioWeight=0");
        assertThat(tagsOnly.similarity(0, 1)).isZero();
    }

    @Test
    void builtFromTracks() {
        IdMap ids = IdMap.of(List.of("t1", "t2", "t3"));
        List<Track> tracks = List.of(
                new Track("t1", "A", List.of("ar1"), null, 1000, null, false, null, List.of("folk", "acoustic"), null, "test"),
                new Track("t2", "B", List.of("ar2"), null, 1000, null, false, null, List.of("folk"), null, "test"),
                new Track("t9", "C", List.of("ar3"), null, 1000, null, false, null, List.of("folk"), null, "test"));
        ItemFeatures f = ItemFeatures.fromTracks(ids, tracks);
        assertThat(f.itemCount()).isEqualTo(3);
        assertThat(f.tagCounts().rowNnz(0)).isEqualTo(2);
        assertThat(f.tagCounts().rowNnz(2)).as("t3 has no track record; t9 is not in the catalog").isZero();
        assertThat(f.audio(0)).isNull();
    }

    @Test
    void explainsWhatIsMissing() {
        ItemFeatures f = ItemFeatures.builder(2).tag(0, "a").build();
        assertThatThrownBy(() -> new ContentRecommender().fit(oneListener(2, 0), Params.empty())).hasMessageContaining("item features");
        assertThatThrownBy(() -> new ContentRecommender(f).fit(oneListener(3, 0), Params.empty()))
                .hasMessageContaining("cover 2 items").hasMessageContaining("3 columns");
        assertThatThrownBy(() -> ItemFeatures.builder(2).tag(2, "a")).hasMessageContaining("out of range");
    }
}

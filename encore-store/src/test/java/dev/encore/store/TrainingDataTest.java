package dev.encore.store;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.matrix.ConfidenceWeighting;
import dev.encore.core.matrix.IdMap;
import dev.encore.core.matrix.Interactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Builds matrices from the store and checks every cell against weights worked out by hand below. */
class TrainingDataTest extends StoreTestSupport {
    private static final ConfidenceWeighting W = ConfidenceWeighting.defaults(); // play 1 (share), skip -0.5, like 5, log counts

    private static ListenEvent listen(String user, String item, int minute, long ms, boolean skipped) {
        return new ListenEvent(user, ItemKind.TRACK, item, T0.plusSeconds(60L * minute), ms, null, null, null, null,
                skipped, false, false, null, "test");
    }

    @BeforeEach
    void world() {
        store.write(s -> {
            s.track(TRACK);    // t1: 200 s, artists ar1 (primary), ar2
            s.track(TRACK_2);  // t2: 100 s, artist ar2
            s.listen(listen("u1", "t1", 0, 150_000, false));  // 0.75 of t1
            s.listen(listen("u1", "t1", 1, 250_000, false));  // capped at 1.0
            s.listen(listen("u1", "t2", 2, 10_000, true));    // skip: -0.5
            s.listen(listen("u1", "t2", 3, -1, false));       // ms unknown: 1.0
            s.listen(listen("u2", "t2", 0, 50_000, false));   // 0.5 of t2
            s.listen(listen("u2", "tX", 1, 30_000, false));   // not in the catalog: no duration, 1.0
            s.listen(listen("u3", "t1", 0, 5_000, true));     // only a skip: -0.5, so no cell
            s.feedback(new Feedback("u2", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0, true));   // +5
            s.feedback(new Feedback("u2", ItemKind.TRACK, "t2", FeedbackType.LIKE, T0, false));  // withdrawn: nothing
            s.feedback(new Feedback("u1", ItemKind.TRACK, "t2", FeedbackType.BAN, T0, true));    // removes (u1, t2)
            s.feedback(new Feedback("u1", ItemKind.ARTIST, "ar2", FeedbackType.LIKE, T0, true)); // +5 on the artist
            s.playCount(new PlayCount("u2", ItemKind.TRACK, "t1", 3, "test"));    // log1p(3)
            s.playCount(new PlayCount("u2", ItemKind.ARTIST, "ar1", 10, "test")); // log1p(10)
        });
    }

    private static float cell(Interactions m, String user, String item) {
        int u = m.users().indexOf(user), i = m.items().indexOf(item);
        assertThat(u).as("user %s", user).isNotNegative();
        assertThat(i).as("item %s", item).isNotNegative();
        return m.matrix().get(u, i);
    }

    @Test
    void trackMatrixMatchesHandComputedWeights() {
        Interactions m = store.interactions(ItemKind.TRACK, W);
        assertThat(m.users().ids()).containsExactly("u1", "u2", "u3");
        assertThat(cell(m, "u1", "t1")).isCloseTo(0.75f + 1.0f, within(1e-6f));
        assertThat(m.matrix().contains(0, m.items().indexOf("t2"))).as("banned").isFalse();
        assertThat(cell(m, "u2", "t2")).isCloseTo(0.5f, within(1e-6f));
        assertThat(cell(m, "u2", "tX")).isCloseTo(1.0f, within(1e-6f));
        assertThat(cell(m, "u2", "t1")).isCloseTo(5f + (float) Math.log1p(3), within(1e-5f));
        assertThat(m.matrix().rowNnz(m.users().indexOf("u3"))).isZero();
        assertThat(m.matrix().nnz()).isEqualTo(4);
    }

    @Test
    void artistMatrixCreditsThePrimaryArtistWithTheTrackShare() {
        Interactions m = store.interactions(ItemKind.ARTIST, W);
        assertThat(cell(m, "u1", "ar1")).isCloseTo(1.75f, within(1e-6f));
        assertThat(cell(m, "u1", "ar2")).isCloseTo(-0.5f + 1.0f + 5f, within(1e-6f));
        assertThat(cell(m, "u2", "ar2")).isCloseTo(0.5f, within(1e-6f));
        assertThat(cell(m, "u2", "ar1")).isCloseTo((float) Math.log1p(10), within(1e-5f));
        assertThat(m.items().indexOf("tX")).as("unknown track has no artist").isNegative();
        assertThat(m.matrix().nnz()).isEqualTo(4);
    }

    @Test
    void existingIdMapsKeepTheirIndices() {
        IdMap users = IdMap.of(java.util.List.of("u9", "u2"));
        IdMap items = IdMap.of(java.util.List.of("t2"));
        Interactions m = store.training().interactions(ItemKind.TRACK, W, users, items);
        assertThat(m.users().indexOf("u2")).isEqualTo(1);
        assertThat(m.items().indexOf("t2")).isZero();
        assertThat(m.matrix().rowNnz(0)).isZero();
        assertThat(m.matrix().get(1, 0)).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void anArtistListenIsNeverTakenForATrackWithTheSameId() {
        store.write(s -> s.listen(new ListenEvent("u4", ItemKind.ARTIST, "t1", T0, 1_000, null, null, null, null,
                false, false, false, null, "test")));
        Interactions m = store.interactions(ItemKind.ARTIST, W);
        assertThat(cell(m, "u4", "t1")).as("artist 't1', full weight: no duration").isCloseTo(1.0f, within(1e-6f));
        assertThat(m.items().indexOf("ar1")).isNotNegative();
        assertThat(m.matrix().rowNnz(m.users().indexOf("u4"))).isEqualTo(1);
    }

    @Test
    void onlyTrackArtistAndEpisodeMatricesExist() {
        assertThatThrownBy(() -> store.interactions(ItemKind.ALBUM, W))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not album");
    }

    @Test
    void episodeListensUseTheEpisodeDuration() {
        store.write(s -> {
            s.episode(EPISODE); // 1,800 s
            s.listen(new ListenEvent("u1", ItemKind.EPISODE, "e1", Instant.parse("2026-02-01T00:00:00Z"), 900_000,
                    null, null, null, null, false, false, false, null, "test"));
        });
        Interactions m = store.interactions(ItemKind.EPISODE, W);
        assertThat(cell(m, "u1", "e1")).isCloseTo(0.5f, within(1e-6f));
        assertThat(m.matrix().nnz()).isEqualTo(1);
    }
}

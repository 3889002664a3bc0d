package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest extends StoreTestSupport {
    private static final Instant Y2025 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant Y2026 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Y2027 = Instant.parse("2027-01-01T00:00:00Z");

    private void listens() {
        store.write(s -> {
            s.listen(play("u1", "t1", Y2025.minusMillis(1)));    // last millisecond of 2024
            s.listen(play("u1", "t1", Y2025));                   // first of 2025
            s.listen(play("u1", "t2", Instant.parse("2025-07-01T12:00:00Z")));
            s.listen(play("u1", "t3", Y2026.minusMillis(1)));    // last of 2025
            s.listen(play("u1", "t1", Y2026));                   // first of 2026
            s.listen(play("u2", "t1", Instant.parse("2025-03-03T00:00:00Z")));
        });
    }

    @Test
    void timeRangeIsHalfOpenAndPerUser() {
        listens();
        List<ListenEvent> year = store.listens("u1", Y2025, Y2026);
        assertThat(year).extracting(ListenEvent::itemId).containsExactly("t1", "t2", "t3");
        assertThat(year).extracting(ListenEvent::listenedAt).isSorted().allMatch(t -> !t.isBefore(Y2025) && t.isBefore(Y2026));
        assertThat(store.listens("u1", Y2026, Y2027)).hasSize(1);
        assertThat(store.listens("u2", Y2025, Y2026)).hasSize(1);
        assertThat(store.listens("nobody", Y2025, Y2026)).isEmpty();
        assertThat(store.listens("u1", Y2025, Y2025)).isEmpty();
        assertThatThrownBy(() -> store.listens("u1", Y2026, Y2025)).hasMessageContaining("ends").hasMessageContaining("before it starts");
    }

    @Test
    void recentIsNewestFirst() {
        listens();
        assertThat(store.history().recent("u1", 2)).extracting(ListenEvent::listenedAt)
                .containsExactly(Y2026, Y2026.minusMillis(1));
    }

    @Test
    void perItemPlaysCountStoredListensWithFirstAndLastPlay() {
        listens();
        ItemPlays t1 = store.history().plays(ItemKind.TRACK, "t1").orElseThrow();
        assertThat(t1).isEqualTo(new ItemPlays(ItemKind.TRACK, "t1", 4, Y2025.minusMillis(1), Y2026));
        assertThat(store.history().playCount(ItemKind.TRACK, "t9")).isZero();
        assertThat(store.history().mostPlayed(ItemKind.TRACK, 2)).extracting(ItemPlays::itemId).containsExactly("t1", "t2");
        assertThat(store.history().count()).isEqualTo(6);
    }

    @Test
    void statsCountEveryEntityAndTheListenTimeSpan() throws Exception {
        StoreStats empty = store.stats();
        assertThat(empty.counts().values()).containsOnly(0L);
        assertThat(empty.firstListen()).isNull();
        assertThat(empty.lastListen()).isNull();

        listens();
        store.write(s -> {
            s.user(USER);
            s.artist(ARTIST);
            s.album(ALBUM);
            s.track(TRACK);
            s.track(TRACK_2);
            s.show(SHOW);
            s.episode(EPISODE);
            s.feedback(LIKE);
            s.follow(FOLLOW);
            s.playCount(PLAY_COUNT);
            s.tagAssignment(TAG);
            s.playlist(PLAYLIST);
        });
        StoreStats s = store.stats();
        assertThat(s).isEqualTo(new StoreStats(1, 1, 1, 2, 1, 1, 6, 1, 1, 1, 1, 1, Y2025.minusMillis(1), Y2026));
        assertThat(s.counts()).containsKeys("users", "listens", "play_counts", "tag_assignments").hasSize(12);
        // The listen total is kept by the merge; check it against the stored blocks themselves.
        assertThat(RawSql.number(store.databaseFile(), "SELECT sum(listens) FROM listen_blocks")).isEqualTo(6);
    }
}

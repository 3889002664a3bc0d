package dev.encore.store;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.PlaylistKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest extends StoreTestSupport {

    private void writeAll() {
        store.write(s -> {
            s.artist(ARTIST);
            s.artist(ARTIST_2);
            s.album(ALBUM);
            s.track(TRACK);
            s.track(TRACK_2);
            s.show(SHOW);
            s.episode(EPISODE);
            s.user(USER);
            s.user(USER_2);
            s.listen(fullListen());
            s.listen(play("u2", "t2", T0.plusSeconds(60)));
            s.feedback(LIKE);
            s.follow(FOLLOW);
            s.playCount(PLAY_COUNT);
            s.tagAssignment(TAG);
            s.playlist(PLAYLIST);
        });
    }

    @Test
    void everyCatalogRecordReadsBackEqual() {
        writeAll();
        CatalogRepository catalog = store.catalog();
        assertThat(catalog.artist("ar1")).contains(ARTIST);
        assertThat(catalog.artist("ar2")).contains(ARTIST_2);
        assertThat(catalog.album("al1")).contains(ALBUM);
        assertThat(catalog.track("t1")).contains(TRACK);
        assertThat(catalog.track("t2")).contains(TRACK_2);
        assertThat(catalog.show("s1")).contains(SHOW);
        assertThat(catalog.episode("e1")).contains(EPISODE);
        assertThat(store.users().user("u1")).contains(USER);
        assertThat(store.users().user("u2")).contains(USER_2);
        assertThat(catalog.track("nope")).isEmpty();
        assertThat(catalog.tracks(List.of("t2", "missing", "t1")).keySet()).containsExactly("t2", "t1");
    }

    @Test
    void listenKeepsEveryFieldAndUnknownMsPlayed() {
        writeAll();
        List<ListenEvent> all = new ArrayList<>();
        store.forEachListen(all::add);
        ListenEvent minimal = play("u2", "t2", T0.plusSeconds(60));
        assertThat(all).containsExactly(fullListen(), minimal);
        assertThat(all.get(1).msPlayed()).isEqualTo(-1);
    }

    @Test
    void signalsFollowsTagsAndPlaylistsReadBackEqual() {
        writeAll();
        List<Object> feedback = new ArrayList<>();
        store.forEachFeedback(feedback::add);
        assertThat(feedback).containsExactly(LIKE);
        List<PlayCount> counts = new ArrayList<>();
        store.forEachPlayCount(counts::add);
        assertThat(counts).containsExactly(PLAY_COUNT);
        assertThat(store.social().following("u1")).containsExactly(FOLLOW);
        List<Object> tags = new ArrayList<>();
        store.tags().forEachAssignment(tags::add);
        assertThat(tags).containsExactly(TAG);
        assertThat(store.playlists().playlist("pl1")).contains(PLAYLIST);
        assertThat(store.playlists().byOwner("u1", PlaylistKind.GENERATED)).containsExactly(PLAYLIST);
    }

    @Test
    void instantsAreKeptAtMillisecondPrecision() {
        Instant fine = Instant.parse("2026-02-01T12:00:00.123456789Z");
        store.write(s -> s.listen(play("u1", "t1", fine)));
        assertThat(store.listens("u1", Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")))
                .extracting(ListenEvent::listenedAt).containsExactly(Instant.parse("2026-02-01T12:00:00.123Z"));
        assertThat(store.history().plays(ItemKind.TRACK, "t1")).get().extracting(ItemPlays::plays).isEqualTo(1L);
    }
}

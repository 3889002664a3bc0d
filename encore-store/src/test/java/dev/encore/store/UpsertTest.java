package dev.encore.store;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class UpsertTest extends StoreTestSupport {

    private void importWorld() {
        store.write(s -> {
            s.artist(ARTIST);
            s.artist(ARTIST_2);
            s.album(ALBUM);
            s.track(TRACK);
            s.track(TRACK_2);
            s.show(SHOW);
            s.episode(EPISODE);
            s.user(USER);
            s.listen(fullListen());
            s.feedback(LIKE);
            s.follow(FOLLOW);
            s.playCount(PLAY_COUNT);
            s.tagAssignment(TAG);
            s.playlist(PLAYLIST);
        });
    }

    @Test
    void reimportingTheSameDataAddsNothing() {
        importWorld();
        StoreStats once = store.stats();
        importWorld();
        StoreStats twice = store.stats();
        assertThat(twice).isEqualTo(once);
        assertThat(once.counts().values()).allMatch(n -> n >= 1);
        assertThat(store.catalog().tracksByArtist("ar1")).containsExactly(TRACK);
        assertThat(store.tags().tagsOf(ItemKind.TRACK, "t1")).extracting(TagCount::count).containsOnly(1L);
    }

    @Test
    void changedFieldsAreUpdatedInPlace() {
        importWorld();
        Track renamed = new Track("t1", "First Light (Remastered)", List.of("ar1"), "al1", 210_000, TRACK.releaseDate(),
                false, TRACK.isrc(), List.of("indie", "remaster"), TRACK.audio(), "test");
        store.write(s -> {
            s.track(renamed);
            s.playCount(new PlayCount("u1", ItemKind.ARTIST, "ar1", 50, "hetrec2011"));
            s.artist(new Artist("ar1", "The Lumens", List.of("indie"), "NO", "test"));
        });
        assertThat(store.catalog().track("t1")).contains(renamed);
        assertThat(store.signals().playCountsOf("u1")).extracting(PlayCount::count).containsExactly(50L);
        assertThat(store.catalog().artist("ar1").orElseThrow().country()).isEqualTo("NO");
        assertThat(store.catalog().tracksByArtist("ar2")).extracting(Track::id).containsExactly("t2");
        assertThat(store.tags().tracksByTag("remaster", 10)).extracting(Track::id).containsExactly("t1");
        assertThat(store.tags().tracksByTag("morning", 10)).isEmpty();
        assertThat(store.stats().tracks()).isEqualTo(2);
        assertThat(store.stats().playCounts()).isEqualTo(1);
    }

    @Test
    void aSparseRecordKeepsWhatIsAlreadyKnown() {
        importWorld();
        Track stub = new Track("t1", "First Light", List.of(), null, 0, null, true, null, List.of(), null, null);
        store.write(s -> {
            s.track(stub);
            s.user(new User("u1", null, null, null, null));
        });
        assertThat(store.catalog().track("t1")).contains(TRACK);
        assertThat(store.users().user("u1")).contains(USER);
    }

    @Test
    void latestFeedbackPerUserItemAndTypeWins() {
        Feedback unlike = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0.plusSeconds(10), false);
        Feedback stale = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0.minusSeconds(10), true);
        Feedback ban = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.BAN, T0, true);
        store.write(s -> {
            s.feedback(LIKE);
            s.feedback(unlike);
            s.feedback(ban);
        });
        store.write(s -> s.feedback(stale));
        assertThat(store.signals().feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE)).contains(unlike);
        assertThat(store.signals().feedbackOf("u1")).containsExactly(unlike, ban);
    }

    @Test
    void tagAssignmentsAndFollowsAreSetLike() {
        TagAssignment undated = new TagAssignment("u1", ItemKind.ARTIST, "ar1", "shoegaze", null);
        TagAssignment redated = new TagAssignment("u1", ItemKind.ARTIST, "ar1", "shoegaze", LocalDate.of(2011, 1, 1));
        store.write(s -> {
            s.tagAssignment(TAG);
            s.tagAssignment(undated);
            s.follow(FOLLOW);
            s.follow(FOLLOW);
        });
        assertThat(store.stats().tagAssignments()).isEqualTo(1);
        assertThat(store.stats().follows()).isEqualTo(1);
        store.write(s -> s.tagAssignment(redated));
        List<Object> all = new java.util.ArrayList<>();
        store.tags().forEachAssignment(all::add);
        assertThat(all).containsExactly(redated);
    }
}

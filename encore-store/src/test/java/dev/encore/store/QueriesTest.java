package dev.encore.store;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.encore.store.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class QueriesTest extends StoreTestSupport {

    @Test
    void tracksByArtistPutPrimaryCreditsFirst() {
        Track t3 = new Track("t3", "Third", List.of("ar2", "ar1"), null, 0, null, false, null, List.of(), null, "test");
        store.write(s -> {
            s.track(TRACK);
            s.track(TRACK_2);
            s.track(t3);
        });
        assertThat(store.catalog().tracksByArtist("ar1")).extracting(Track::id).containsExactly("t1", "t3");
        assertThat(store.catalog().tracksByArtist("ar2")).extracting(Track::id).containsExactly("t2", "t3", "t1");
        assertThat(store.catalog().tracksByAlbum("al1")).containsExactly(TRACK);
        assertThat(store.catalog().artists(List.of("ar2", "nope"))).isEmpty();
    }

    @Test
    void tagsCombineCatalogTagsAndUserAssignmentsCaseInsensitively() {
        store.write(s -> {
            s.artist(ARTIST);   // indie, dream pop
            s.artist(ARTIST_2); // jazz
            s.artist(new Artist("ar3", "Third", List.of("Indie"), null, "test"));
            s.track(TRACK);     // indie, morning
            s.track(TRACK_2);   // jazz
            s.tagAssignment(new TagAssignment("u1", ItemKind.ARTIST, "ar3", "INDIE", null));
            s.tagAssignment(new TagAssignment("u2", ItemKind.ARTIST, "ar3", "indie", null));
            s.tagAssignment(new TagAssignment("u1", ItemKind.ARTIST, "ar9", "indie", null)); // not in the catalog
        });
        assertThat(store.tags().artistsByTag("indie", 10)).extracting(Artist::id).containsExactly("ar3", "ar1");
        assertThat(store.tags().itemsByTag(ItemKind.ARTIST, "Indie", 10)).containsExactly("ar3", "ar1", "ar9");
        assertThat(store.tags().tracksByTag("JAZZ", 10)).containsExactly(TRACK_2);
        assertThat(store.tags().topTags(ItemKind.ARTIST, 2)).extracting(TagCount::count).containsExactly(5L, 1L);
        assertThat(store.tags().topTags(null, 2)).containsExactly(new TagCount("indie", 6), new TagCount("jazz", 2));
        assertThat(store.tags().tagsOf(ItemKind.ARTIST, "ar3")).containsExactly(new TagCount("indie", 3));
    }

    @Test
    void followsFriendsAndFollowers() {
        store.write(s -> {
            s.follow(new Follow("u1", ItemKind.USER, "u2"));
            s.follow(new Follow("u2", ItemKind.USER, "u1"));
            s.follow(new Follow("u1", ItemKind.USER, "u3"));
            s.follow(new Follow("u1", ItemKind.ARTIST, "ar1"));
            s.follow(new Follow("u3", ItemKind.ARTIST, "ar1"));
        });
        assertThat(store.social().following("u1", ItemKind.USER)).containsExactly("u2", "u3");
        assertThat(store.social().mutualFriends("u1")).containsExactly("u2");
        assertThat(store.social().followers(ItemKind.ARTIST, "ar1")).containsExactly("u1", "u3");
        assertThat(store.social().follows("u3", ItemKind.ARTIST, "ar1")).isTrue();
        assertThat(store.social().unfollow(new Follow("u3", ItemKind.ARTIST, "ar1"))).isTrue();
        assertThat(store.social().unfollow(new Follow("u3", ItemKind.ARTIST, "ar1"))).isFalse();
        assertThat(store.social().followers(ItemKind.ARTIST, "ar1")).containsExactly("u1");
        List<Follow> all = new ArrayList<>();
        store.social().forEachFollow(all::add);
        assertThat(all).hasSize(4).first().isEqualTo(new Follow("u1", ItemKind.ARTIST, "ar1"));
    }

    @Test
    void playlistsSaveReplaceListAndDelete() {
        Playlist older = new Playlist("pl0", "u1", "Weekly Discovery", null, PlaylistKind.GENERATED, "2026-W01", List.of(), "test");
        Playlist mine = new Playlist("pl2", "u1", "Road trip", null, PlaylistKind.USER, null, List.of(), "test");
        Playlist editorial = new Playlist("ed1", null, "Fresh Finds", null, PlaylistKind.EDITORIAL, "2026-01-05", List.of(), "test");
        store.write(s -> {
            s.playlist(older);
            s.playlist(PLAYLIST); // 2026-W02
            s.playlist(editorial);
        });
        store.playlists().save(mine);
        assertThat(store.playlists().byOwner("u1", PlaylistKind.GENERATED)).containsExactly(PLAYLIST, older);
        assertThat(store.playlists().byOwner("u1", null)).containsExactly(PLAYLIST, older, mine);
        assertThat(store.playlists().byKind(PlaylistKind.EDITORIAL)).containsExactly(editorial);

        Playlist shorter = new Playlist("pl1", "u1", "Weekly Discovery", "regenerated", PlaylistKind.GENERATED, "2026-W02",
                PLAYLIST.items().subList(0, 1), "test");
        store.playlists().save(shorter);
        assertThat(store.playlists().playlist("pl1")).contains(shorter);
        assertThat(store.playlists().delete("pl1")).isTrue();
        assertThat(store.playlists().playlist("pl1")).isEmpty();
        assertThat(store.playlists().delete("pl1")).isFalse();
    }

    @Test
    void episodesOfAShowNewestFirst() {
        Episode older = new Episode("e0", "s1", "Zero", null, 0, LocalDate.of(2025, 12, 1), "test");
        Episode undated = new Episode("e2", "s1", "Bonus", null, 0, null, "test");
        store.write(s -> {
            s.show(SHOW);
            s.episode(older);
            s.episode(EPISODE);
            s.episode(undated);
        });
        assertThat(store.catalog().episodesOfShow("s1")).containsExactly(EPISODE, older, undated);
    }
}

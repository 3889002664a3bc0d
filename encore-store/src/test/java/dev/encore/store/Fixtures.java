package dev.encore.store;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.FeedbackType;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A small, fully specified world: one of every record type, with every optional field set where possible. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    static final Artist ARTIST = new Artist("ar1", "The Lumens", List.of("indie", "dream pop"), "SE", "test");
    static final Artist ARTIST_2 = new Artist("ar2", "Karo", List.of("jazz"), null, "test");
    static final Album ALBUM = new Album("al1", "Glow", List.of("ar1"), LocalDate.of(2025, 3, 1), "test");
    static final Track TRACK = new Track("t1", "First Light", List.of("ar1", "ar2"), "al1", 200_000,
            LocalDate.of(2025, 3, 1), true, "SEXYZ2500001", List.of("indie", "morning"),
            new AudioFeatures(120.5, 0.7, 0.4, 0.65, 0.1, 0.02, -7.5), "test");
    static final Track TRACK_2 = new Track("t2", "Second Wind", List.of("ar2"), null, 100_000, null, false, null,
            List.of("jazz"), null, "test");
    static final Show SHOW = new Show("s1", "Deep Cuts", "Encore Radio", "Music history", List.of("music"), "test");
    static final Episode EPISODE = new Episode("e1", "s1", "Episode One", "Pilot", 1_800_000, LocalDate.of(2026, 1, 1), "test");
    static final User USER = new User("u1", "DE", Instant.parse("2024-06-01T00:00:00Z"), "Europe/Berlin", "test");
    static final User USER_2 = new User("u2", null, null, null, "test");

    static ListenEvent fullListen() {
        return new ListenEvent("u1", ItemKind.TRACK, "t1", T0, 150_000, "playlist", "p9", "clickrow", "trackdone",
                false, true, true, "android", "test");
    }

    static ListenEvent play(String user, String track, Instant at) {
        return ListenEvent.play(user, track, at, "test");
    }

    static final Feedback LIKE = new Feedback("u1", ItemKind.TRACK, "t1", FeedbackType.LIKE, T0, true);
    static final Follow FOLLOW = new Follow("u1", ItemKind.ARTIST, "ar1");
    static final PlayCount PLAY_COUNT = new PlayCount("u1", ItemKind.ARTIST, "ar1", 42, "hetrec2011");
    static final TagAssignment TAG = new TagAssignment("u1", ItemKind.ARTIST, "ar1", "shoegaze", LocalDate.of(2010, 5, 1));
    static final Playlist PLAYLIST = new Playlist("pl1", "u1", "Weekly Discovery", "New for you", PlaylistKind.GENERATED,
            "2026-W02", List.of(new PlaylistItem(ItemKind.TRACK, "t2", "because you played First Light"),
            new PlaylistItem(ItemKind.EPISODE, "e1", null)), "test");

    private Fixtures() {}
}

package dev.encore.formats.spotify;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.Fixtures;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.RecordType;
import dev.encore.formats.RecordingSink;
import dev.encore.formats.StableIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpotifyHistoryImporterTest {
    private static final String S = "spotify-history";
    private final SpotifyHistoryImporter importer = new SpotifyHistoryImporter();

    private static String id(String kind, String... names) {
        return "spotify-history:" + kind + ":" + StableIds.hash(names);
    }

    private static Track track(String id, String title, String artistId, String albumId) {
        return new Track(id, title, artistId == null ? List.of() : List.of(artistId), albumId, 0, null, false, null, List.of(), null, S);
    }

    private static ListenEvent play(String user, ItemKind kind, String item, String endedAt, long ms, String start,
                                    String end, boolean skipped, boolean shuffle, boolean offline, String platform) {
        return new ListenEvent(user, kind, item, Instant.parse(endedAt).minusMillis(ms), ms, null, null, start, end,
                skipped, shuffle, offline, platform, S);
    }

    @Test
    void importsExtendedHistoryTracksAndEpisodesWithStartTimesAndIgnoresIncognitoAudiobooksAndVideo() {
        Path dir = Fixtures.path("spotify/extended");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(dir), sink, ImportOptions.defaults().withUser("bob"));

        String alex = id("artist", "Alex Metric");
        String jackAlbum = id("album", "Alex Metric", "Jack To The Future (feat. Russoul)");
        String jack = "spotify:track:74cksX4vgcm0cHKaV7XE2L";
        String show = id("show", "Ñoño Podcast");
        String episode = "spotify:episode:5Y0iUqsaQrMqEsYq1ZJ2yZ";
        String yoasobi = id("artist", "YOASOBI");
        String yoruAlbum = id("album", "YOASOBI", "夜に駆ける");
        String yoru = "spotify:track:3dPtXHP0oXQ4HCWHsOA9js";
        String ios = "iOS 13.4 (iPhone11,8)";
        assertThat(sink.records).containsExactly(
                new User("bob", null, null, null, S),
                new Artist(alex, "Alex Metric", List.of(), null, S),
                new Album(jackAlbum, "Jack To The Future (feat. Russoul)", List.of(alex), null, S),
                track(jack, "Jack To The Future (feat. Russoul)", alex, jackAlbum),
                play("bob", ItemKind.TRACK, jack, "2020-04-11T00:27:53Z", 174674, "trackdone", "trackdone", false, false, false, ios),
                play("bob", ItemKind.TRACK, jack, "2020-04-11T00:29:03Z", 12000, "clickrow", "fwdbtn", false, true, true, ios),
                new Show(show, "Ñoño Podcast", null, null, List.of(), S),
                new Episode(episode, show, "Episode 12: Café culture", null, 0, null, S),
                play("bob", ItemKind.EPISODE, episode, "2020-04-12T07:45:10Z", 1805000, "playbtn", "endplay", false, false, false,
                        "Android OS 10 API 29 (Google, Pixel 3)"),
                new Artist(yoasobi, "YOASOBI", List.of(), null, S),
                new Album(yoruAlbum, "夜に駆ける", List.of(yoasobi), null, S),
                track(yoru, "夜に駆ける", yoasobi, yoruAlbum),
                play("bob", ItemKind.TRACK, yoru, "2021-01-02T03:04:05Z", 5000, "fwdbtn", "fwdbtn", true, false, false, "web_player linux"));
        assertThat(sink.records.get(4)).extracting(r -> ((ListenEvent) r).listenedAt())
                .isEqualTo(Instant.parse("2020-04-11T00:24:58.326Z"));
        assertThat(report.files()).containsExactly(dir.resolve("Streaming_History_Audio_2020-2021_0.json").toString(),
                dir.resolve("Streaming_History_Audio_2021_1.json").toString());
        assertThat(sink.flushes).containsExactly(9, 13);
        assertThat(report.ignored()).containsOnly(java.util.Map.entry("incognito play", 1L),
                java.util.Map.entry("play naming no track or episode", 1L), java.util.Map.entry("audiobook play", 1L));
        assertThat(report.accepted(RecordType.LISTEN)).isEqualTo(4);
        assertThat(report.totalRejected()).isZero();
        assertThat(report.summary()).contains("ignored: incognito play (1), play naming no track or episode (1), audiobook play (1)");
    }

    @Test
    void takesTheUserFromTheUsernameFieldOfOlderExtendedExports() {
        RecordingSink sink = new RecordingSink();
        importer.importPaths(List.of(Fixtures.path("spotify/extended/Streaming_History_Audio_2021_1.json")), sink, ImportOptions.defaults());
        assertThat(sink.of(User.class)).containsExactly(new User("spotifyuser1", null, null, null, S));
        assertThat(sink.of(ListenEvent.class)).extracting(ListenEvent::userId).containsExactly("spotifyuser1");
    }

    @Test
    void withoutUserNameOrOptionTheImportStopsAndSaysToPassUser() {
        Path file = Fixtures.path("spotify/extended/Streaming_History_Audio_2020-2021_0.json");
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: the play names no user (this export has no username field); pass the user id with --user");
    }

    @Test
    void rejectsBadPlaysByLineThroughBomAndCrlfAndSkipsTheRestAfterBrokenJson() {
        Path file = Fixtures.path("spotify/bad/Streaming_History_Audio_2022_0.json");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults().withUser("carol"));

        String band = id("artist", "Good Band");
        assertThat(sink.records).containsExactly(
                new User("carol", null, null, null, S),
                new Artist(band, "Good Band", List.of(), null, S),
                track("spotify:track:1111111111111111111111", "Ok Song", band, null),
                play("carol", ItemKind.TRACK, "spotify:track:1111111111111111111111", "2022-05-01T10:00:00Z", 1000, null, null,
                        false, false, false, null),
                track("spotify:track:7777777777777777777777", "Last Good", band, null),
                play("carol", ItemKind.TRACK, "spotify:track:7777777777777777777777", "2022-05-01T10:08:00Z", 2000, null, null,
                        false, false, false, null));
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                file + ":3: missing ts",
                file + ":4: ts 'yesterday' is not an ISO-8601 time such as 2024-03-01T12:00:00Z",
                file + ":5: ms_played 'abc' is not a whole number",
                file + ":6: ms_played -5 is below 0",
                file + ":7: missing master_metadata_track_name for spotify:track:6666666666666666666666",
                file + ":8: expected a JSON object, found a string",
                file + ":10: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object "
                        + "entries; the rest of the file was skipped");
    }

    @Test
    void strictModeNamesTheFirstBadPlay() {
        Path file = Fixtures.path("spotify/bad/Streaming_History_Audio_2022_0.json");
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(),
                ImportOptions.defaults().withUser("carol").withStrict(true)))
                .isInstanceOf(ImportException.class).hasMessage(file + ":3: missing ts");
    }

    @Test
    void importsTheShortHistoryWithHashedIdsAndPodcastsAsEpisodes() {
        Path dir = Fixtures.path("spotify/short");
        RecordingSink sink = new RecordingSink();
        importer.importPaths(List.of(dir), sink, ImportOptions.defaults().withUser("dan"));

        String sigur = id("artist", "Sigur Rós");
        String hop = id("track", "Sigur Rós", "Hoppípolla");
        String show = id("show", "Song Exploder");
        String ep = id("episode", "Song Exploder", "Björk - Stonemilker");
        assertThat(sink.records).containsExactly(
                new User("dan", null, null, null, S),
                new Artist(sigur, "Sigur Rós", List.of(), null, S),
                track(hop, "Hoppípolla", sigur, null),
                play("dan", ItemKind.TRACK, hop, "2019-02-01T13:15:00Z", 268000, null, null, false, false, false, null),
                play("dan", ItemKind.TRACK, hop, "2019-02-01T13:20:00Z", 3000, null, null, false, false, false, null),
                new Show(show, "Song Exploder", null, null, List.of(), S),
                new Episode(ep, show, "Björk - Stonemilker", null, 0, null, S),
                play("dan", ItemKind.EPISODE, ep, "2019-02-02T08:00:00Z", 1200000, null, null, false, false, false, null));
    }

    @Test
    void videoHistoryGivenExplicitlyIsIgnoredNotRead() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(Fixtures.path("spotify/extended/Streaming_History_Video_2020-2021.json")),
                sink, ImportOptions.defaults().withUser("bob"));
        assertThat(sink.records).isEmpty();
        assertThat(report.ignored("video history file")).isEqualTo(1);
    }
}

package dev.encore.formats.mpd;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Track;
import dev.encore.formats.Fixtures;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.RecordType;
import dev.encore.formats.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MpdImporterTest {
    private static final String S = "mpd";
    private final MpdImporter importer = new MpdImporter();

    private static List<Object> catalog(String artistUri, String artist, String albumUri, String album, String trackUri,
                                        String title, int ms) {
        return List.of(new Artist(artistUri, artist, List.of(), null, S), new Album(albumUri, album, List.of(artistUri), null, S),
                new Track(trackUri, title, List.of(artistUri), albumUri, ms, null, false, null, List.of(), null, S));
    }

    private static Playlist playlist(long pid, String title, String description, String... trackUris) {
        List<PlaylistItem> items = Arrays.stream(trackUris).map(u -> new PlaylistItem(ItemKind.TRACK, u, null)).toList();
        return new Playlist("mpd:" + pid, null, title, description, PlaylistKind.USER, null, items, S);
    }

    private static final String MISSY = "spotify:track:0UaMYEvWZi0ZqiDOoHU3YI";
    private static final String TOXIC = "spotify:track:6I9VzXrHxO9rA9A5euc8Ak";
    private static final String CRAZY = "spotify:track:0WqIKmW4BTrj3eJFmnCKMv";
    private static final String FIRST_LOVE = "spotify:track:3BeYSJzS4VfCmBhH5LbKhV";

    @Test
    void importsPlaylistsWithTheirCatalogOnceAndInOrder() {
        Path dir = Fixtures.path("mpd/good");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(dir), sink, ImportOptions.defaults());

        List<Object> expected = new java.util.ArrayList<>();
        expected.addAll(catalog("spotify:artist:2wIVse2owClT7go1WT98tk", "Missy Elliott", "spotify:album:6vV5UrXcfyQD1wu4Qo2I9K",
                "The Cookbook", MISSY, "Lose Control (feat. Ciara & Fat Man Scoop)", 226863));
        expected.addAll(catalog("spotify:artist:26dSoYclwsYLMAKD3tpOr4", "Britney Spears", "spotify:album:0z7pVBGOD7HCIB7S8eLkLI",
                "In The Zone", TOXIC, "Toxic", 198800));
        expected.addAll(catalog("spotify:artist:6vWDO969PvNqNYHIOW5v0m", "Beyoncé", "spotify:album:25hVFAxTlDvXbx2X2QkUkE",
                "Dangerously In Love (Alben für die Ewigkeit)", CRAZY, "Crazy In Love", 235933));
        expected.add(playlist(0, "Throwbacks", null, MISSY, TOXIC, CRAZY));
        expected.addAll(catalog("spotify:artist:7lbSsjYACZHn1MSDXPxNF2", "宇多田ヒカル", "spotify:album:1Kx4nj7hV9ZqQ4mJZ2c9yS",
                "First Love", FIRST_LOVE, "First Love", 257000));
        expected.add(playlist(1, "j-pop ♡", "late night café", FIRST_LOVE, TOXIC));
        expected.add(playlist(2, "empty", null));
        assertThat(sink.records).containsExactlyElementsOf(expected);
        assertThat(sink.flushes).containsExactly(expected.size());
        assertThat(report.accepted(RecordType.PLAYLIST)).isEqualTo(3);
        assertThat(report.accepted(RecordType.TRACK)).isEqualTo(4);
        assertThat(report.totalRejected()).isZero();
    }

    @Test
    void rejectsBadPlaylistsAndTracksByPlaylistLineAndStopsAtTruncation() {
        Path file = Fixtures.path("mpd/bad/mpd.slice.1000-1999.json");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());

        List<Object> expected = new java.util.ArrayList<>(catalog("spotify:artist:7lbSsjYACZHn1MSDXPxNF2", "宇多田ヒカル",
                "spotify:album:1Kx4nj7hV9ZqQ4mJZ2c9yS", "First Love", FIRST_LOVE, "First Love", 257000));
        expected.add(playlist(1001, "mixed", null, FIRST_LOVE));
        assertThat(sink.records).containsExactlyElementsOf(expected);
        assertThat(report.rejects()).extracting(i -> i.type() + " " + i.file() + ":" + i.line() + ": " + i.reason())
                .satisfiesExactly(
                        r -> assertThat(r).isEqualTo("PLAYLIST " + file + ":8: missing pid"),
                        r -> assertThat(r).isEqualTo("TRACK " + file + ":26: mpd:1001 track pos 1: missing track_uri"),
                        r -> assertThat(r).isEqualTo("TRACK " + file + ":26: mpd:1001 track pos 2: duration_ms 'long' is not a whole number"),
                        r -> assertThat(r).isEqualTo("PLAYLIST " + file + ":66: malformed JSON: Illegal unquoted character "
                                + "((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in name; "
                                + "the rest of the file was skipped"));
    }

    @Test
    void strictModeStopsAtTheFirstBadPlaylist() {
        Path file = Fixtures.path("mpd/bad/mpd.slice.1000-1999.json");
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(), ImportOptions.defaults().withStrict(true)))
                .isInstanceOf(ImportException.class).hasMessage(file + ":8: missing pid");
    }

    @Test
    void emptyFilesAndNonSlicesAreHandled(@TempDir Path tmp) throws IOException {
        Path empty = Files.writeString(tmp.resolve("mpd.slice.0-999.json"), "");
        Path array = Files.writeString(tmp.resolve("mpd.slice.1000-1999.json"), "\uFEFF[1, 2]\r\n");
        Path noPlaylists = Files.writeString(tmp.resolve("mpd.slice.2000-2999.json"), "{\"info\": {\"slice\": \"2000-2999\"}}");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(tmp), sink, ImportOptions.defaults());
        assertThat(sink.records).isEmpty();
        assertThat(report.files()).containsExactly(empty.toString(), array.toString(), noPlaylists.toString());
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                array + ":1: expected an MPD slice object {\"info\": ..., \"playlists\": [...]}; the file was skipped",
                noPlaylists + ":1: no \"playlists\" array: not an MPD slice");
    }
}

package dev.encore.formats.listenbrainz;

import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;
import dev.encore.formats.Fixtures;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.RecordType;
import dev.encore.formats.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListenBrainzImporterTest {
    private static final String S = "listenbrainz";
    private final ListenBrainzImporter importer = new ListenBrainzImporter();

    private static User user(String id) {
        return new User(id, null, null, null, S);
    }

    private static Artist artist(String id, String name) {
        return new Artist(id, name, List.of(), null, S);
    }

    private static Track track(String id, String title, List<String> artists, String album, int ms, String isrc, List<String> tags) {
        return new Track(id, title, artists, album, ms, null, false, isrc, tags, null, S);
    }

    private static ListenEvent listen(String user, String track, Instant at, long msPlayed, String platform) {
        return new ListenEvent(user, ItemKind.TRACK, track, at, msPlayed, null, null, null, null, false, false, false, platform, S);
    }

    private static Instant at(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds);
    }

    /** The records of the fixture export folder, in the order the importer must emit them. */
    private static List<Object> exportRecords() {
        String sigur = "mbid:f6d2c3b4-5e6f-4a1b-8c9d-0e1f2a3b4c5d";
        String takk = "mbid:0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
        String hoppipolla = "mbid:6a2f8e1c-1b7d-4c8e-9a0f-3d5e7b9c1a21";
        String daft = "mbid:a1b2c3d4-e5f6-4789-8abc-def012345678";
        String pharrell = "mbid:b2c3d4e5-f6a7-4890-9bcd-ef0123456789";
        String ram = "mbid:1c2d3e4f-5061-4728-93a4-b5c6d7e8f9a0";
        String getLucky = "mbid:7b3e9f2d-2c8e-4d9f-8b1a-4e6f8c0d2b32";
        String beatles = ListenBrainzIds.artistId("The Beatles");
        String letItBe = ListenBrainzIds.trackId("The Beatles", "Let It Be", null, null);
        String utada = ListenBrainzIds.artistId("宇多田ヒカル");
        String firstLoveAlbum = ListenBrainzIds.albumId("宇多田ヒカル", "First Love");
        String firstLove = ListenBrainzIds.trackId("宇多田ヒカル", "First Love", null, null);
        return List.of(
                user("rob"), artist(sigur, "Sigur Rós"), new Album(takk, "Takk...", List.of(sigur), null, S),
                track(hoppipolla, "Hoppípolla", List.of(sigur), takk, 268000, "GBAYE0500656", List.of()),
                listen("rob", hoppipolla, at(1704153600), -1, "Strawberry"),
                artist(daft, "Daft Punk"), artist(pharrell, "Pharrell Williams"),
                new Album(ram, "Random Access Memories", List.of(daft, pharrell), null, S),
                track(getLucky, "Get Lucky", List.of(daft, pharrell), ram, 0, null, List.of()),
                listen("rob", getLucky, at(1704157200), -1, "web-scrobbler"),
                listen("rob", hoppipolla, at(1704160800), -1, null),
                artist(beatles, "The   Beatles"),
                track(letItBe, "Let It Be", List.of(beatles), null, 0, null, List.of()),
                listen("rob", letItBe, at(1706832000), -1, null),
                listen("rob", letItBe, at(1706835600), -1, null),
                artist(utada, "宇多田ヒカル"), new Album(firstLoveAlbum, "First Love", List.of(utada), null, S),
                track(firstLove, "First Love", List.of(utada), firstLoveAlbum, 257000, null, List.of("j-pop", "ballad")),
                listen("rob", firstLove, Instant.ofEpochSecond(1727740800, 500_000_000), 120000, "Spotify"));
    }

    @Test
    void importsAnUnzippedExportInMonthOrderWithUserFromUserJson() {
        Path dir = Fixtures.path("listenbrainz/export");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(dir), sink, ImportOptions.defaults());

        assertThat(sink.records).containsExactlyElementsOf(exportRecords());
        assertThat(report.files()).containsExactly(dir.resolve("listens/2024/1.jsonl").toString(),
                dir.resolve("listens/2024/2.jsonl").toString(), dir.resolve("listens/2024/10.jsonl").toString());
        assertThat(sink.flushes).containsExactly(11, 15, 19);
        assertThat(report.accepted(RecordType.LISTEN)).isEqualTo(6);
        assertThat(report.totalRejected()).isZero();
        assertThat(report.warningCount()).isZero();
    }

    @Test
    void importsTheExportZipAsDownloadedAndNamesBadEntriesInsideIt(@TempDir Path tmp) throws IOException {
        Path dir = Fixtures.path("listenbrainz/export");
        Path zip = tmp.resolve("listenbrainz_rob_1732000000.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : List.of("user.json", "listens/2024/1.jsonl", "listens/2024/2.jsonl", "listens/2024/10.jsonl")) {
                out.putNextEntry(new ZipEntry(entry));
                Files.copy(dir.resolve(entry), out);
            }
            out.putNextEntry(new ZipEntry("listens/2024/11.jsonl"));
            out.write("{\"listened_at\": 1730419200, \"track_metadata\": {\"artist_name\": \"X\"}}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("feedback.jsonl"));
            out.write("{\"recording_mbid\": null, \"score\": 1, \"created\": 1700000000}\n".getBytes(StandardCharsets.UTF_8));
        }
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(zip), sink, ImportOptions.defaults());

        assertThat(sink.records).containsExactlyElementsOf(exportRecords());
        assertThat(report.rejects()).extracting(Object::toString)
                .containsExactly(zip + "!listens/2024/11.jsonl:1: missing track_metadata.track_name");
    }

    @Test
    void rejectsBadLinesWithTheirNumbersAndKeepsGoodOnesDespiteBomAndCrlf() {
        Path file = Fixtures.path("listenbrainz/bad.jsonl");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());

        String bjork = ListenBrainzIds.artistId("Björk");
        String homogenic = ListenBrainzIds.albumId("Björk", "Homogenic");
        String joga = ListenBrainzIds.trackId("Björk", "Jóga", null, null);
        String bachelorette = ListenBrainzIds.trackId("Björk", "Bachelorette", null, null);
        assertThat(sink.records).containsExactly(
                user("ana"), artist(bjork, "Björk"), new Album(homogenic, "Homogenic", List.of(bjork), null, S),
                track(joga, "Jóga", List.of(bjork), homogenic, 0, null, List.of()),
                listen("ana", joga, at(1700000000), -1, null),
                track(bachelorette, "Bachelorette", List.of(bjork), null, 0, null, List.of()),
                listen("ana", bachelorette, at(1700000500), -1, null));
        assertThat(report.rejects()).extracting(i -> i.file() + ":" + i.line())
                .containsExactly(file + ":2", file + ":3", file + ":4", file + ":5", file + ":7", file + ":9");
        assertThat(report.rejects()).extracting(i -> i.reason()).satisfiesExactly(
                r -> assertThat(r).startsWith("malformed JSON: Unexpected end-of-input"),
                r -> assertThat(r).isEqualTo("missing track_metadata.track_name"),
                r -> assertThat(r).isEqualTo("listened_at: timestamp 'yesterday' is neither Unix seconds nor ISO-8601 (e.g. 2024-03-01T12:00:00Z)"),
                r -> assertThat(r).isEqualTo("listened_at: Unix time 1700000400000 is after year 9999; if it is in milliseconds, divide it by 1000"),
                r -> assertThat(r).isEqualTo("expected a JSON object, found an array"),
                r -> assertThat(r).isEqualTo("missing listened_at"));
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                file + ":8: recording_mbid 'not-a-uuid' is not a MusicBrainz id; ignored",
                file + ":8: additional_info.duration_ms is \"long\", not a non-negative number; ignored");
        assertThat(report.rejected(RecordType.LISTEN)).isEqualTo(6);
    }

    @Test
    void strictModeThrowsAtTheFirstBadLineAfterFlushingTheGoodOnes() {
        Path file = Fixtures.path("listenbrainz/bad.jsonl");
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> importer.importPaths(List.of(file), sink, ImportOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getMessage()).startsWith(file + ":2: malformed JSON: ");
                    assertThat(e.report().accepted(RecordType.LISTEN)).isEqualTo(1);
                });
        assertThat(sink.flushes).containsExactly(5);
    }

    @Test
    void readsOldArrayExportsWithUserNamesAndRejectsNonObjectElements() {
        Path file = Fixtures.path("listenbrainz/old-export.json");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());

        String credit = "Bruno Mars, Anderson .Paak & Silk Sonic";
        String brunoEtAl = ListenBrainzIds.artistId(credit);
        String skateAlbum = ListenBrainzIds.albumId(credit, "Skate - Single");
        String skate = ListenBrainzIds.trackId(credit, "Skate", null, null);
        String silk = ListenBrainzIds.artistId("Silk Sonic");
        String door = ListenBrainzIds.trackId("Silk Sonic", "Leave the Door Open", null, null);
        assertThat(sink.records).containsExactly(
                user("purarue"), artist(brunoEtAl, credit), new Album(skateAlbum, "Skate - Single", List.of(brunoEtAl), null, S),
                track(skate, "Skate", List.of(brunoEtAl), skateAlbum, 0, null, List.of()),
                listen("purarue", skate, at(1636225849), -1, null),
                artist(silk, "Silk Sonic"), track(door, "Leave the Door Open", List.of(silk), null, 0, null, List.of()),
                listen("purarue", door, at(1636226049), -1, null));
        assertThat(report.rejects()).extracting(Object::toString)
                .containsExactly(file + ":18: expected a JSON object, found a number");
    }

    @Test
    void userOptionOverridesNamesInTheInput() {
        RecordingSink sink = new RecordingSink();
        importer.importPaths(List.of(Fixtures.path("listenbrainz/api-response.json")), sink,
                ImportOptions.defaults().withUser("alice"));
        assertThat(sink.of(User.class)).containsExactly(user("alice"));
        assertThat(sink.of(ListenEvent.class)).extracting(ListenEvent::userId).containsExactly("alice");
    }

    @Test
    void savedApiResponsesAreUnwrapped() {
        Path file = Fixtures.path("listenbrainz/api-response.json");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());
        String kh = ListenBrainzIds.artistId("Khruangbin");
        String maria = ListenBrainzIds.trackId("Khruangbin", "Maria También", null, null);
        assertThat(sink.records).containsExactly(user("cli"), artist(kh, "Khruangbin"),
                track(maria, "Maria También", List.of(kh), null, 0, null, List.of()), listen("cli", maria, at(1710000000), -1, null));
        assertThat(report.rejects()).extracting(Object::toString)
                .containsExactly(file + ":1: missing track_metadata.track_name");
    }

    @Test
    void emptyFileImportsNothing() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(Fixtures.path("listenbrainz/empty.jsonl")), sink, ImportOptions.defaults());
        assertThat(sink.records).isEmpty();
        assertThat(sink.flushes).containsExactly(0);
        assertThat(report.totalAccepted()).isZero();
        assertThat(report.totalRejected()).isZero();
    }

    @Test
    void aListenWithNoUserAnywhereStopsTheImportAskingForUser(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("listens.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"listened_at\": 1700000000, \"track_metadata\": {\"artist_name\": \"A\", \"track_name\": \"B\"}}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(), ImportOptions.defaults()))
                .hasMessage(file + ":1: the listen names no user (no user_name, no user.json beside the export); "
                        + "pass the user id with --user");
    }
}

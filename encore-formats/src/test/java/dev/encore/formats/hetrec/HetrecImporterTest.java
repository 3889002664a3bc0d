package dev.encore.formats.hetrec;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.TagAssignment;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HetrecImporterTest {
    private static final String S = "hetrec2011";
    private final HetrecImporter importer = new HetrecImporter();

    private static Artist artist(int id, String name, String... tags) {
        return new Artist("lastfm:artist:" + id, name, List.of(tags), null, S);
    }

    private static User user(int id) {
        return new User("lastfm:user:" + id, null, null, null, S);
    }

    private static PlayCount plays(int user, int artist, long n) {
        return new PlayCount("lastfm:user:" + user, ItemKind.ARTIST, "lastfm:artist:" + artist, n, S);
    }

    private static TagAssignment tag(int user, int artist, String tag, LocalDate date) {
        return new TagAssignment("lastfm:user:" + user, ItemKind.ARTIST, "lastfm:artist:" + artist, tag, date);
    }

    private static Follow follow(int a, int b) {
        return new Follow("lastfm:user:" + a, ItemKind.USER, "lastfm:user:" + b);
    }

    @Test
    void importsRealFormatSampleInFileOrderWithTopTagsAndLatin1Tags() {
        Path dir = Fixtures.path("hetrec/sample");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(dir), sink, ImportOptions.defaults());

        assertThat(sink.records).containsExactly(
                artist(52, "Morcheeba", "chillout", "downtempo", "electronic"),
                artist(73, "Café Del Mar"),
                artist(1395, "Freemasons", "dance", "chillout"),
                artist(2984, "Claudia Leitte", "axe"),
                artist(7215, "Jean-Louis Aubert", "rock français"),
                user(2), plays(2, 52, 11690),
                user(43), plays(43, 1395, 548),
                user(133), plays(133, 2984, 399),
                user(275), follow(2, 275),
                user(143), follow(43, 143),
                tag(2, 52, "chillout", LocalDate.of(2009, 4, 1)),
                tag(2, 52, "downtempo", LocalDate.of(2009, 4, 1)),
                tag(2, 52, "electronic", LocalDate.of(2009, 4, 1)),
                tag(43, 1395, "chillout", LocalDate.of(2010, 11, 1)),
                tag(43, 1395, "dance", null),
                user(117), tag(117, 1395, "dance", LocalDate.of(2006, 10, 1)),
                tag(133, 2984, "axe", null),
                user(637), tag(637, 7215, "rock français", LocalDate.of(2009, 3, 1)));
        // tags.dat, the tag-count pre-pass, then each emitting file ends with a flush
        assertThat(sink.flushes).containsExactly(0, 0, 5, 11, 15, 25);

        assertThat(report.accepted(RecordType.TAG)).isEqualTo(6);
        assertThat(report.accepted(RecordType.ARTIST)).isEqualTo(5);
        assertThat(report.accepted(RecordType.USER)).isEqualTo(7);
        assertThat(report.accepted(RecordType.TAG_ASSIGNMENT)).isEqualTo(8);
        assertThat(report.totalRejected()).isZero();
        Path tagged = dir.resolve("user_taggedartists.dat");
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                tagged + ":6: date 1/6/1956 is before Last.fm existed (2002); kept without a date",
                tagged + ":8: date 1/3/1957 is before Last.fm existed (2002); kept without a date");
    }

    @Test
    void sameInputGivesSameRecords() {
        Path dir = Fixtures.path("hetrec/sample");
        RecordingSink a = new RecordingSink();
        RecordingSink b = new RecordingSink();
        importer.importPaths(List.of(dir), a, ImportOptions.defaults());
        importer.importPaths(List.of(dir), b, ImportOptions.defaults());
        assertThat(b.records).isEqualTo(a.records);
    }

    @Test
    void reportsEachBadLineWithFileLineAndReasonAndKeepsTheGoodOnes() {
        Path dir = Fixtures.path("hetrec/bad");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(dir), sink, ImportOptions.defaults());

        assertThat(sink.records).containsExactly(
                artist(51, "Joy Division", "metal", "mötley"),
                artist(53, "ボム"),
                user(2), plays(2, 51, 13883),
                user(4), plays(4, 51, 7),
                tag(2, 51, "metal", null),
                tag(4, 51, "mötley", LocalDate.of(2010, 5, 1)));
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                dir.resolve("tags.dat") + ":3: tagID 'x' is not a whole number",
                dir.resolve("tags.dat") + ":4: missing tagValue",
                dir.resolve("artists.dat") + ":3: missing artist name",
                dir.resolve("user_artists.dat") + ":3: artistID 'abc' is not a whole number",
                dir.resolve("user_artists.dat") + ":4: expected 3 tab-separated fields (userID, artistID, weight), found 2",
                dir.resolve("user_artists.dat") + ":5: weight -4 is below 0",
                dir.resolve("user_taggedartists.dat") + ":3: tagID 99 is not in tags.dat",
                dir.resolve("user_taggedartists.dat") + ":4: month 'x' is not a whole number");
        assertThat(report.rejected(RecordType.PLAY_COUNT)).isEqualTo(3);
        assertThat(report.rejected(RecordType.TAG)).isEqualTo(2);
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                dir.resolve("user_taggedartists.dat") + ":2: date 31/2/2009 is not a calendar date; kept without a date");
        assertThat(report.summary()).contains("rejected: 1 artist, 3 play counts, 2 tag assignments, 2 tags (8 in all)", "first 8 of 8 rejects:");
    }

    @Test
    void strictModeStopsAtTheFirstBadLineAndKeepsWhatWasAccepted() {
        Path dir = Fixtures.path("hetrec/bad");
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> importer.importPaths(List.of(dir), sink, ImportOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(dir.resolve("tags.dat") + ":3: tagID 'x' is not a whole number");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.report().accepted(RecordType.TAG)).isEqualTo(1);
                    assertThat(e.report().rejected(RecordType.TAG)).isEqualTo(1);
                });
        assertThat(sink.flushes).isNotEmpty();
    }

    @Test
    void singleFilesCanBeImportedAlone() {
        Path file = Fixtures.path("hetrec/sample/user_friends.dat");
        RecordingSink sink = new RecordingSink();
        importer.importPaths(List.of(file), sink, ImportOptions.defaults());
        assertThat(sink.records).containsExactly(user(2), user(275), follow(2, 275), user(43), user(143), follow(43, 143));
    }

    @Test
    void unusableInputsFailWithWhatToDo(@TempDir Path tmp) throws IOException {
        assertThatThrownBy(() -> importer.importPaths(List.of(tmp), new RecordingSink(), ImportOptions.defaults()))
                .hasMessageStartingWith(tmp + ": no HetRec Last.fm files found in this directory");
        Path other = Files.writeString(tmp.resolve("ratings.dat"), "1\t2\n");
        assertThatThrownBy(() -> importer.importPaths(List.of(other), new RecordingSink(), ImportOptions.defaults()))
                .hasMessageStartingWith(other + ": not a HetRec Last.fm file");
        Path tagged = Fixtures.path("hetrec/sample/user_taggedartists.dat");
        assertThatThrownBy(() -> importer.importPaths(List.of(tagged), new RecordingSink(), ImportOptions.defaults()))
                .hasMessage(tagged + ": user_taggedartists.dat needs tags.dat for the tag texts; pass the whole directory");
        assertThatThrownBy(() -> importer.importPaths(List.of(tmp.resolve("nope")), new RecordingSink(), ImportOptions.defaults()))
                .hasMessage(tmp.resolve("nope") + ": no such file or directory");
    }
}

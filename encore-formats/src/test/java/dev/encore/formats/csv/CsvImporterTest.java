package dev.encore.formats.csv;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.User;
import dev.encore.formats.Fixtures;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.RecordType;
import dev.encore.formats.RecordingSink;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvImporterTest {
    private static final String S = "csv";
    private final CsvImporter importer = new CsvImporter();

    private static User user(String id) {
        return new User(id, null, null, null, S);
    }

    private static ListenEvent listen(String user, String item, String at, long ms, boolean skipped) {
        return new ListenEvent(user, ItemKind.TRACK, item, Instant.parse(at), ms, null, null, null, null, skipped, false, false, null, S);
    }

    private static PlayCount count(String user, String item, long n) {
        return new PlayCount(user, ItemKind.TRACK, item, n, S);
    }

    @Test
    void readsListensWithQuotingFreeColumnOrderBomCrlfAndUnicodeAndRejectsBadRows() {
        Path file = Fixtures.path("csv/listens.csv");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());

        assertThat(sink.records).containsExactly(
                user("alice"), listen("alice", "spotify:track:abc", "2024-03-01T12:00:00Z", 180000, false),
                user("bob"), listen("bob", "track, with comma", "2024-03-01T12:00:00Z", -1, false),
                listen("alice", "say \"hi\"", "2024-03-01T11:05:00Z", 5000, true),
                user("ünï"), listen("ünï", "multi\r\nline", "2024-03-01T12:10:00Z", 1, true),
                listen("bob", "t2", "2024-03-02T00:00:00Z", 2, false));
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                file + ":7: timestamp 'yesterday' is neither Unix seconds nor ISO-8601 (e.g. 2024-03-01T12:00:00Z)",
                file + ":8: ms_played 'abc' is not a whole number",
                file + ":9: expected 5 fields as in the header, found 3",
                file + ":10: empty item",
                file + ":11: skipped 'maybe' is not true or false",
                file + ":12: unexpected 'x' after a closing quote; quote the whole field and double any quote inside it",
                file + ":13: Unix time 1709294400000 is after year 9999; if it is in milliseconds, divide it by 1000");
        assertThat(report.rejected(RecordType.LISTEN)).isEqualTo(7);
        assertThat(report.accepted(RecordType.LISTEN)).isEqualTo(5);
    }

    @Test
    void strictModeThrowsWithFileAndLine() {
        Path file = Fixtures.path("csv/listens.csv");
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(), ImportOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(file
                            + ":7: timestamp 'yesterday' is neither Unix seconds nor ISO-8601 (e.g. 2024-03-01T12:00:00Z)");
                    assertThat(e.report().accepted(RecordType.LISTEN)).isEqualTo(4);
                });
    }

    @Test
    void withoutTimestampRowsArePlayCountsOfTheirWeight() {
        Path file = Fixtures.path("csv/weights.csv");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());
        assertThat(sink.records).containsExactly(user("alice"), count("alice", "t1", 3));
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                file + ":3: weight '2.5' is not a whole number", file + ":4: missing weight");
        assertThat(report.rejected(RecordType.PLAY_COUNT)).isEqualTo(2);
    }

    @Test
    void tsvWithOnlyUserAndItemCountsEachRowOnce() {
        RecordingSink sink = new RecordingSink();
        importer.importPaths(List.of(Fixtures.path("csv/pairs.tsv")), sink, ImportOptions.defaults());
        assertThat(sink.records).containsExactly(user("alice"), count("alice", "t1", 1));
    }

    @Test
    void missingRequiredColumnStopsTheImportWithWhatToRename() {
        Path file = Fixtures.path("csv/no-item.csv");
        assertThatThrownBy(() -> importer.importPaths(List.of(file), new RecordingSink(), ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":1: missing required column 'item'; the header has [user, track, timestamp]; "
                        + "name the columns user,item and optionally timestamp, ms_played, skipped, weight");
    }

    @Test
    void unknownColumnsAreWarnedAboutAsLikelyTypos() {
        Path file = Fixtures.path("csv/typo.csv");
        RecordingSink sink = new RecordingSink();
        ImportReport report = importer.importPaths(List.of(file), sink, ImportOptions.defaults());
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(file
                + ":1: columns [timestmap] are not used; known columns are user, item, timestamp, ms_played, skipped, weight");
        assertThat(sink.records).containsExactly(user("alice"), count("alice", "t1", 1));
    }

    @Test
    void emptyFileIsNothingAndAnUnclosedQuoteStopsTheFile() {
        RecordingSink sink = new RecordingSink();
        Path empty = Fixtures.path("csv/empty.csv");
        Path unclosed = Fixtures.path("csv/unclosed.csv");
        ImportReport report = importer.importPaths(List.of(empty, unclosed), sink, ImportOptions.defaults());
        assertThat(sink.records).isEmpty();
        assertThat(sink.flushes).containsExactly(0, 0);
        assertThat(report.rejects()).extracting(Object::toString)
                .containsExactly(unclosed + ":2: quoted field never closed; the rest of the file was skipped");
    }
}

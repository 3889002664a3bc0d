package dev.encore.formats;

import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportersTest {
    @Test
    void everyCommandFormatNameHasAnImporterOfThatName() {
        assertThat(Importers.names()).containsExactly("hetrec", "listenbrainz", "spotify-history", "mpd", "csv", "encore", "rss", "opml");
        for (String name : Importers.names()) {
            Importer i = Importers.byName(name);
            assertThat(i.format()).isEqualTo(name);
            assertThat(i.description()).isNotBlank();
            assertThat(Importers.byName(name)).as("a fresh importer per call").isNotSameAs(i);
        }
        assertThat(Importers.byName(" Spotify-History ").format()).isEqualTo("spotify-history");
    }

    /** Same input, same records in the same order: what makes re-imports idempotent in the store. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "hetrec, hetrec/sample", "listenbrainz, listenbrainz/export", "spotify-history, spotify/extended",
            "mpd, mpd/good", "csv, csv/listens.csv"})
    void importsAreDeterministic(String format, String fixture) {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        ImportOptions opts = ImportOptions.defaults().withUser(format.equals("spotify-history") ? "bob" : null);
        Importers.byName(format).importPaths(List.of(Fixtures.path(fixture)), first, opts);
        Importers.byName(format).importPaths(List.of(Fixtures.path(fixture)), second, opts);
        assertThat(first.records).isNotEmpty();
        assertThat(second.records).isEqualTo(first.records);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Importers.byName("lastfm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown import format 'lastfm'; expected one of hetrec, listenbrainz, spotify-history, mpd, csv, encore, rss, opml");
    }

    @Test
    void encoreFormatRejectsAreReportedWithTheDirectoryPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("users.jsonl"), "{\"id\": \"u1\"}\n");
        Files.writeString(dir.resolve("listens.csv"),
                "user,item_kind,item,listened_at,ms_played,context_type,context_id,reason_start,reason_end,skipped,shuffle,offline,platform,source\n"
                        + "u1,track,t1,2026-11-23T18:04:05Z,1000,,,,,false,false,false,,generated\n"
                        + "u1,track,t2,not-a-time,1000,,,,,false,false,false,,generated\n");
        RecordingSink sink = new RecordingSink();
        ImportReport report = Importers.byName("encore").importPaths(List.of(dir), sink, ImportOptions.defaults());
        assertThat(sink.of(User.class)).extracting(User::id).containsExactly("u1");
        assertThat(sink.of(ListenEvent.class)).extracting(ListenEvent::itemId).containsExactly("t1");
        assertThat(report.rejected(RecordType.LISTEN)).isEqualTo(1);
        assertThat(report.rejects()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo(dir.resolve("listens.csv").toString());
            assertThat(i.line()).isEqualTo(3);
        });
        assertThatThrownBy(() -> Importers.byName("encore").importPaths(List.of(dir), new RecordingSink(),
                ImportOptions.defaults().withStrict(true)))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(dir.resolve("listens.csv") + ":3: ");
    }
}

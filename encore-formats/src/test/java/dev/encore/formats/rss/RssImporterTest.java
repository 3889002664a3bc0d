package dev.encore.formats.rss;

import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
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

class RssImporterTest {
    private final RssImporter importer = new RssImporter();

    private ImportReport run(RecordingSink sink, Path... files) {
        return importer.importPaths(List.of(files), sink, ImportOptions.defaults());
    }

    @Test
    void readsShowAndEpisodesWithItunesAndPodcastingTags() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = run(sink, Fixtures.path("rss/good.xml"));

        List<Show> shows = sink.of(Show.class);
        assertThat(shows).hasSize(1);
        Show show = shows.get(0);
        assertThat(show.title()).isEqualTo("Night Owls");
        assertThat(show.publisher()).isEqualTo("Owl Radio");
        assertThat(show.description()).isEqualTo("Conversations about birds & the night sky.");
        assertThat(show.tags()).containsExactly("Science", "Nature", "Leisure");
        assertThat(show.id()).startsWith("show:");

        List<Episode> eps = sink.of(Episode.class);
        assertThat(eps).extracting(Episode::title).containsExactly("Barn owls", "Tawny owls", "Snowy owls");
        assertThat(eps).extracting(Episode::durationMs).containsExactly(3_723_000, 2_730_000, 1_800_000);
        assertThat(eps).extracting(Episode::releaseDate)
                .containsExactly(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 5));
        assertThat(eps).extracting(Episode::description)
                .containsExactly("Why barn owls hunt by ear.", "Tawny owls & their calls.", "Arctic hunters.");
        assertThat(eps).allSatisfy(e -> assertThat(e.showId()).isEqualTo(show.id()));
        assertThat(eps).extracting(Episode::id).doesNotHaveDuplicates();

        assertThat(report.accepted(RecordType.SHOW)).isEqualTo(1);
        assertThat(report.accepted(RecordType.EPISODE)).isEqualTo(3);
        assertThat(report.totalRejected()).isZero();
        assertThat(sink.flushes).isNotEmpty();
    }

    @Test
    void reImportGivesTheSameIdsAndRecords() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        run(first, Fixtures.path("rss/good.xml"));
        run(second, Fixtures.path("rss/good.xml"));
        assertThat(second.records).isEqualTo(first.records);
    }

    @Test
    void showIdComesFromTheFeedNotFromWhereItWasRead(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("elsewhere.rss");
        Files.copy(Fixtures.path("rss/good.xml"), copy);
        RecordingSink a = new RecordingSink();
        RecordingSink b = new RecordingSink();
        run(a, Fixtures.path("rss/good.xml"));
        run(b, copy);
        assertThat(b.of(Show.class).get(0).id()).isEqualTo(a.of(Show.class).get(0).id());
    }

    @Test
    void badItemsAreRejectedWithTheirLineAndOddValuesWarnedWhileTheRestImports() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = run(sink, Fixtures.path("rss/bad-items.xml"));

        assertThat(sink.of(Episode.class)).extracting(Episode::title).containsExactly("Fine", "Odd values");
        Episode fine = sink.of(Episode.class).get(0);
        assertThat(fine.durationMs()).isEqualTo(90_500);
        Episode odd = sink.of(Episode.class).get(1);
        assertThat(odd.durationMs()).isZero();
        assertThat(odd.releaseDate()).isNull();
        assertThat(sink.of(Show.class)).singleElement().satisfies(s -> assertThat(s.tags()).containsExactly("Comedy"));

        String file = Fixtures.path("rss/bad-items.xml").toString();
        assertThat(report.rejects()).extracting(Object::toString).containsExactly(
                file + ":14: episode has no <title> or <itunes:title>",
                file + ":18: duplicate episode: guid 'rc-1' already appeared in this feed");
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                file + ":22: itunes:duration '1:75:00' is not HH:MM:SS, MM:SS or a number of seconds; duration left unknown",
                file + ":22: pubDate 'yesterday-ish' is not an RFC 822 date such as 'Tue, 03 Jun 2025 09:00:00 +0000'; release date left unknown");
    }

    @Test
    void brokenXmlKeepsWhatCameBeforeAndReportsTheLine() {
        RecordingSink sink = new RecordingSink();
        ImportReport report = run(sink, Fixtures.path("rss/broken.xml"), Fixtures.path("rss/good.xml"));

        assertThat(sink.of(Episode.class)).extracting(Episode::title).startsWith("Made it").contains("Barn owls");
        assertThat(sink.of(Show.class)).extracting(Show::title).containsExactly("Cut Off", "Night Owls");
        assertThat(report.rejects()).singleElement().satisfies(i -> {
            assertThat(i.file()).endsWith("broken.xml");
            // the tag mismatch is on line 11; the parser may only notice it once it has read past the line end
            assertThat(i.line()).isBetween(11L, 12L);
            assertThat(i.type()).isEqualTo(RecordType.SHOW);
            assertThat(i.reason()).startsWith("malformed XML: ");
        });
    }

    @Test
    void atomFeedsMissingFilesAndDtdEntitiesAreReportedNotFatal(@TempDir Path dir) {
        RecordingSink sink = new RecordingSink();
        Path missing = dir.resolve("nope.xml");
        ImportReport report = run(sink, Fixtures.path("rss/atom.xml"), missing, Fixtures.path("rss/xxe.xml"),
                Fixtures.path("rss/good.xml"));

        assertThat(sink.of(Show.class)).extracting(Show::title).containsExactly("Night Owls");
        assertThat(report.rejects()).hasSize(3);
        assertThat(report.rejects().get(0).reason())
                .isEqualTo("not an RSS 2.0 feed: the root element is <feed>, expected <rss> (Atom feeds are not supported)");
        assertThat(report.rejects().get(1).toString()).isEqualTo(missing + ": no such file; give a feed file, a directory of *.xml/*.rss files or an http(s) URL");
        assertThat(report.rejects().get(2).file()).endsWith("xxe.xml");
        assertThat(report.counter("feeds")).isEqualTo(4);
    }

    @Test
    void strictModeStopsAtTheFirstBadItemCarryingTheReport() {
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> importer.importPaths(List.of(Fixtures.path("rss/bad-items.xml")), sink,
                ImportOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(14);
                    assertThat(e.report().accepted(RecordType.EPISODE)).isEqualTo(1);
                });
    }

    @Test
    void readsEveryFeedFileOfADirectory(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.path("rss/good.xml"), dir.resolve("a.xml"));
        Files.copy(Fixtures.path("rss/bad-items.xml"), dir.resolve("b.rss"));
        Files.writeString(dir.resolve("notes.txt"), "not a feed");
        RecordingSink sink = new RecordingSink();
        run(sink, dir);
        assertThat(sink.of(Show.class)).extracting(Show::title).containsExactly("Night Owls", "Rough Cuts");
    }
}

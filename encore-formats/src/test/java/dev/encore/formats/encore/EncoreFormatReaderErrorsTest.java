package dev.encore.formats.encore;

import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncoreFormatReaderErrorsTest {
    @TempDir Path dir;

    private static final String GOOD = "u:1,track,t:1,2026-11-22T21:15:00Z,1000,,,,,false,false,false,web,generated";

    private void writeListens(String... rows) throws Exception {
        Files.writeString(dir.resolve("listens.csv"), ListenCsv.HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void badListenRowsAreSkippedAndReportedWithFileLineAndReason() throws Exception {
        writeListens(GOOD,
                "u:1,track,t:1,yesterday,1000,,,,,false,false,false,web,generated",
                "u:1,track,t:1,2026-11-22T21:15:00Z,1000",
                "u:1,song,t:1,2026-11-22T21:15:00Z,1000,,,,,false,false,false,web,generated",
                "u:1,track,t:1,2026-11-22T21:15:00Z,-5,,,,,false,false,false,web,generated",
                "u:1,track,t:1,2026-11-22T21:15:00Z,1000,,,,,maybe,false,false,web,generated",
                ",track,t:1,2026-11-22T21:15:00Z,1000,,,,,false,false,false,web,generated",
                "",
                GOOD);
        List<RejectedLine> rejects = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        ReadReport report = EncoreFormatReader.read(dir, sink, rejects::add);

        assertThat(sink.all).hasSize(2).allMatch(o -> o instanceof ListenEvent);
        assertThat(report.accepted(EncoreFile.LISTENS)).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(report.firstRejects()).containsExactlyElementsOf(rejects);
        assertThat(rejects).extracting(RejectedLine::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(rejects).allMatch(r -> r.file().equals("listens.csv"));
        assertThat(rejects.get(0).toString()).startsWith("listens.csv:3: bad timestamp 'yesterday'");
        assertThat(rejects.get(1).reason()).contains("expected 14 fields, found 5");
        assertThat(rejects.get(2).reason()).contains("unknown item kind 'song'");
        assertThat(rejects.get(3).reason()).contains("ms_played");
        assertThat(rejects.get(4).reason()).contains("skipped", "maybe");
        assertThat(rejects.get(5).reason()).contains("user");
        assertThat(report.missingFiles()).contains(EncoreFile.TRACKS, EncoreFile.ARTISTS);
    }

    @Test
    void strictModeThrowsAtTheFirstBadLine() throws Exception {
        writeListens(GOOD, GOOD, "u:1,track,t:1,2026-13-22T21:15:00Z,1000,,,,,false,false,false,web,generated");
        assertThatThrownBy(() -> EncoreFormatReader.readStrict(dir, new CollectingSink()))
                .isInstanceOf(EncoreFormatException.class)
                .hasMessageStartingWith("listens.csv:4: bad timestamp '2026-13-22T21:15:00Z'");
    }

    @Test
    void badJsonLinesAreRejectedWithTheFieldAtFault() throws Exception {
        Files.writeString(dir.resolve("tracks.jsonl"), String.join("\n",
                "{\"id\":\"t:1\",\"title\":\"ok\",\"artist_ids\":[\"a\"],\"duration_ms\":1000,\"explicit\":false,\"tags\":[]}",
                "{\"id\":\"t:2\",\"title\":\"bad\",\"duration_ms\":\"long\"}",
                "{\"id\":\"t:3\"}",
                "{not json",
                "[1,2]",
                "{\"id\":\"t:4\",\"title\":\"x\",\"audio\":{\"tempo\":120,\"energy\":7,\"valence\":0.5,\"danceability\":0.5,"
                        + "\"acousticness\":0.5,\"instrumentalness\":0.5,\"loudness\":-5}}",
                "{\"id\":\"t:5\",\"title\":\"x\",\"release_date\":\"2026-02-30\"}",
                "{\"id\":\"t:6\",\"title\":\"ok too\",\"unknown_field\":1}") + "\n");
        List<RejectedLine> rejects = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        EncoreFormatReader.read(dir, sink, rejects::add);
        assertThat(sink.all).extracting(o -> ((Track) o).id()).containsExactly("t:1", "t:6");
        assertThat(rejects).extracting(RejectedLine::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rejects.get(0).reason()).contains("duration_ms");
        assertThat(rejects.get(1).reason()).contains("field title is missing");
        assertThat(rejects.get(2).reason()).startsWith("not valid JSON");
        assertThat(rejects.get(3).reason()).contains("one JSON object per line");
        assertThat(rejects.get(4).reason()).contains("energy must be in [0, 1]");
        assertThat(rejects.get(5).reason()).contains("release_date", "2026-02-30");
    }

    @Test
    void quotedFieldsSpanningLinesKeepTheLineNumbersOfLaterRows() throws Exception {
        writeListens("u:1,track,t:1,2026-11-22T21:15:00Z,1000,radio,\"a\nb\",,,false,false,false,web,generated",
                "u:1,track,t:1,2026-11-22T21:15:00Z,x,,,,,false,false,false,web,generated");
        List<RejectedLine> rejects = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        EncoreFormatReader.read(dir, sink, rejects::add);
        assertThat(((ListenEvent) sink.all.get(0)).contextId()).isEqualTo("a\nb");
        assertThat(rejects).extracting(RejectedLine::line).containsExactly(4L);
    }

    @Test
    void unterminatedQuoteAtEndOfFileIsRejected() throws Exception {
        writeListens(GOOD, "u:1,track,t:1,2026-11-22T21:15:00Z,1000,radio,\"never closed");
        List<RejectedLine> rejects = new ArrayList<>();
        EncoreFormatReader.read(dir, new CollectingSink(), rejects::add);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("never closed");
        });
    }

    @Test
    void wrongHeaderIsFatalEvenWhenLenient() throws Exception {
        Files.writeString(dir.resolve("follows.csv"), "target,follower\nx,y\n");
        assertThatThrownBy(() -> EncoreFormatReader.read(dir, new CollectingSink(), null))
                .isInstanceOf(EncoreFormatException.class)
                .hasMessageContaining("follows.csv:1: header is 'target,follower'")
                .hasMessageContaining("expected 'follower,target_kind,target'");
    }

    @Test
    void aFolderWithoutAnyDatasetFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> EncoreFormatReader.read(dir, new CollectingSink(), null))
                .isInstanceOf(EncoreFormatException.class)
                .hasMessageContaining("holds none of the Encore dataset files");
        assertThatThrownBy(() -> EncoreFormatReader.read(dir.resolve("nope"), new CollectingSink(), null))
                .isInstanceOf(EncoreFormatException.class)
                .hasMessageContaining("is not a directory");
    }

    @Test
    void exceptionsFromTheSinkAreNotMistakenForBadLines() throws Exception {
        writeListens(GOOD);
        dev.encore.core.domain.RecordSink failing = new dev.encore.core.domain.RecordSink() {
            @Override
            public void listen(ListenEvent event) {
                throw new IllegalArgumentException("store is full");
            }
        };
        assertThatThrownBy(() -> EncoreFormatReader.read(dir, failing, null)).hasMessage("store is full");
    }
}

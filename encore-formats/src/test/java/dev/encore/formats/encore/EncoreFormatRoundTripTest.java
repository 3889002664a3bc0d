package dev.encore.formats.encore;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EncoreFormatRoundTripTest {
    @TempDir Path dir;

    /** Records in the reader's file order, with awkward text (commas, quotes, line breaks, unicode, "") and nulls. */
    static List<Object> sampleRecords() {
        List<Object> r = new ArrayList<>();
        r.add(new Artist("a:1", "Björk, \"the\" artist", List.of("art pop", "électronique"), "IS", "generated"));
        r.add(new Artist("a:2", "Nulls", List.of(), null, null));
        r.add(new Album("al:1", "Début\nline two", List.of("a:1", "a:2"), LocalDate.of(1993, 7, 5), "generated"));
        r.add(new Album("al:2", "", List.of(), null, null));
        r.add(new Track("t:1", "Human Behaviour", List.of("a:1"), "al:1", 252_000, LocalDate.of(1993, 6, 7), true,
                "GBAAA9300001", List.of("trip hop"), new AudioFeatures(121.5, 0.61, 0.35, 0.7, 0.12, 0.0, -7.25), "generated"));
        r.add(new Track("t:2", "No audio", List.of(), null, 0, null, false, null, List.of(), null, null));
        r.add(new Show("s:1", "Talk, \"Talk\"", "Pub", "A show\r\nabout things", List.of("news"), "generated"));
        r.add(new Episode("e:1", "s:1", "Ep 1", "desc, with comma", 3_600_000, LocalDate.of(2026, 11, 20), "generated"));
        r.add(new Episode("e:2", null, "Ep 2", null, 0, null, null));
        r.add(new User("u:1", "SE", Instant.parse("2020-01-02T03:04:05Z"), "Europe/Stockholm", "generated"));
        r.add(new User("u:2", null, Instant.parse("2020-01-02T03:04:05.123456789Z"), null, null));
        r.add(new Playlist("p:1", "u:1", "Mix", "desc", PlaylistKind.GENERATED, "2026-W47",
                List.of(new PlaylistItem(ItemKind.TRACK, "t:1", "because you played X"), new PlaylistItem(ItemKind.EPISODE, "e:1", null)),
                "generated"));
        r.add(new Follow("u:1", ItemKind.ARTIST, "a:1"));
        r.add(new Follow("u:1", ItemKind.USER, "u,2"));
        r.add(new TagAssignment("u:1", ItemKind.ARTIST, "a:1", "icelandic, odd", LocalDate.of(2009, 4, 1)));
        r.add(new TagAssignment("u:2", ItemKind.ARTIST, "a:2", "", null));
        r.add(new PlayCount("u:1", ItemKind.ARTIST, "a:1", 13_883, "hetrec2011"));
        r.add(new Feedback("u:1", ItemKind.TRACK, "t:1", FeedbackType.LIKE, Instant.parse("2026-11-01T10:00:00Z"), true));
        r.add(new Feedback("u:1", ItemKind.TRACK, "t:2", FeedbackType.BAN, Instant.parse("2026-11-01T10:00:00.5Z"), false));
        r.add(new ListenEvent("u:1", ItemKind.TRACK, "t:1", Instant.parse("2026-11-22T21:15:00Z"), 252_000, "album", "al:1",
                "clickrow", "trackdone", false, true, false, "android", "generated"));
        r.add(new ListenEvent("u:2", ItemKind.EPISODE, "e:1", Instant.parse("1999-12-31T23:59:59.001Z"), 12, "radio", "id,\"q\"\nx",
                "fwdbtn", "fwdbtn", true, false, true, "", "generated"));
        r.add(ListenEvent.play("u:2", "t:2", Instant.parse("2026-02-28T00:00:00Z"), null));
        return r;
    }

    @Test
    void everyRecordKindComesBackEqual() throws Exception {
        List<Object> records = sampleRecords();
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            for (Object o : records) send(w, o);
        }
        CollectingSink sink = new CollectingSink();
        ReadReport report = EncoreFormatReader.readStrict(dir, sink);

        assertThat(sink.all).containsExactlyElementsOf(records);
        assertThat(report.rejected()).isZero();
        assertThat(report.totalAccepted()).isEqualTo(records.size());
        assertThat(report.accepted(EncoreFile.LISTENS)).isEqualTo(3);
        assertThat(report.missingFiles()).isEmpty();
    }

    @Test
    void catalogIsDeliveredBeforeListensWhateverTheWriteOrder() throws Exception {
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            w.listen(ListenEvent.play("u:1", "t:1", Instant.parse("2026-01-01T00:00:00Z"), "generated"));
            w.track(new Track("t:1", "T", List.of("a:1"), null, 1000, null, false, null, List.of(), null, "generated"));
            w.artist(new Artist("a:1", "A", List.of(), null, "generated"));
        }
        CollectingSink sink = new CollectingSink();
        EncoreFormatReader.readStrict(dir, sink);
        assertThat(sink.kindsInOrder).containsExactly("artist", "track", "listen");
        assertThat(sink.flushes).isEqualTo(9); // one per file present: the nine core files
    }

    @Test
    void emptyDatasetHasTheCoreFilesWithHeadersAndNoOptionalOnes() throws Exception {
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            assertThat(w.directory()).isEqualTo(dir);
        }
        for (EncoreFile f : EncoreFile.values()) {
            assertThat(Files.exists(dir.resolve(f.fileName()))).as(f.fileName()).isEqualTo(!f.optional());
        }
        assertThat(Files.readString(dir.resolve("listens.csv"))).isEqualTo(ListenCsv.HEADER + "\n");
        assertThat(Files.readString(dir.resolve("follows.csv"))).isEqualTo("follower,target_kind,target\n");
        ReadReport report = EncoreFormatReader.readStrict(dir, new CollectingSink());
        assertThat(report.totalAccepted()).isZero();
        assertThat(report.missingFiles()).containsExactly(EncoreFile.PLAYLISTS, EncoreFile.TAG_ASSIGNMENTS, EncoreFile.PLAY_COUNTS);
    }

    @Test
    void rewritingADirectoryDropsOptionalFilesOfTheEarlierDataset() throws Exception {
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            w.playCount(new PlayCount("u:1", ItemKind.ARTIST, "a:1", 3, "hetrec2011"));
        }
        assertThat(Files.exists(dir.resolve("play_counts.csv"))).isTrue();
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            w.artist(new Artist("a:9", "Nine", List.of(), null, "generated"));
        }
        CollectingSink sink = new CollectingSink();
        EncoreFormatReader.readStrict(dir, sink);
        assertThat(sink.all).containsExactly(new Artist("a:9", "Nine", List.of(), null, "generated"));
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EncoreFormatWriter.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a file; pass a directory");
    }

    @Test
    void preformattedListenRowsReadBackLikeSingleOnes() throws Exception {
        List<ListenEvent> events = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            ListenEvent e = new ListenEvent("u:" + (i % 7), ItemKind.TRACK, "t:" + i, Instant.ofEpochSecond(1_700_000_000L + i * 61L),
                    1000L * i, i % 2 == 0 ? "playlist" : null, null, "trackdone", i % 3 == 0 ? "fwdbtn" : "trackdone",
                    i % 3 == 0, false, i % 5 == 0, "web", "generated");
            events.add(e);
            ListenCsv.appendRow(rows, e);
        }
        try (EncoreFormatWriter w = EncoreFormatWriter.open(dir)) {
            w.writeListenRows(rows);
        }
        CollectingSink sink = new CollectingSink();
        EncoreFormatReader.readStrict(dir, sink);
        assertThat(sink.all).containsExactlyElementsOf(events);
    }

    static void send(EncoreFormatWriter w, Object o) {
        if (o instanceof Artist a) w.artist(a);
        else if (o instanceof Album a) w.album(a);
        else if (o instanceof Track t) w.track(t);
        else if (o instanceof Show s) w.show(s);
        else if (o instanceof Episode e) w.episode(e);
        else if (o instanceof User u) w.user(u);
        else if (o instanceof Playlist p) w.playlist(p);
        else if (o instanceof Follow f) w.follow(f);
        else if (o instanceof TagAssignment t) w.tagAssignment(t);
        else if (o instanceof PlayCount c) w.playCount(c);
        else if (o instanceof Feedback f) w.feedback(f);
        else if (o instanceof ListenEvent e) w.listen(e);
        else throw new IllegalArgumentException("unknown record " + o);
    }
}

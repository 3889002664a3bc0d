package dev.encore.formats.hetrec;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.User;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.RecordType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Imports the whole real data set: the counts its readme states, and a few facts checked against the raw files. */
class HetrecRealDataTest {
    /** The shared copy beside the checkout, else the copy bundled in the repository for the demo. */
    private static final List<Path> CANDIDATES = List.of(
            Path.of("../../shared/data/hetrec2011-lastfm-2k"), Path.of("../data/demo/hetrec2011-lastfm-2k"));

    @Test
    void importsTheRealDataSetWithTheReadmeCounts() {
        Path dir = CANDIDATES.stream().filter(p -> Files.isRegularFile(p.resolve("user_taggedartists.dat"))).findFirst().orElse(null);
        assumeTrue(dir != null, "skipped: the real HetRec 2011 Last.fm 2K directory is absent (looked in " + CANDIDATES
                + " relative to " + Path.of("").toAbsolutePath() + ")");

        Set<String> users = new HashSet<>();
        List<Artist> metallica = new ArrayList<>();
        List<PlayCount> user2artist51 = new ArrayList<>();
        long[] latin1Tags = {0};
        RecordSink sink = new RecordSink() {
            @Override public void user(User u) { assertThat(users.add(u.id())).as("each user emitted once").isTrue(); }
            @Override public void artist(Artist a) { if (a.id().equals("lastfm:artist:707")) metallica.add(a); }
            @Override public void playCount(PlayCount p) {
                if (p.userId().equals("lastfm:user:2") && p.itemId().equals("lastfm:artist:51")) user2artist51.add(p);
            }
            @Override public void tagAssignment(TagAssignment t) { if (t.tag().equals("rock français")) latin1Tags[0]++; }
        };
        List<long[]> progress = new ArrayList<>();
        ImportReport report = new HetrecImporter().importPaths(List.of(dir), sink,
                ImportOptions.defaults().withProgress((read, total) -> progress.add(new long[]{read, total})));

        assertThat(report.accepted(RecordType.USER)).isEqualTo(1_892);
        assertThat(report.accepted(RecordType.ARTIST)).isEqualTo(17_632);
        assertThat(report.accepted(RecordType.PLAY_COUNT)).isEqualTo(92_834);
        assertThat(report.accepted(RecordType.FOLLOW)).isEqualTo(25_434);
        assertThat(report.accepted(RecordType.TAG)).isEqualTo(11_946);
        assertThat(report.accepted(RecordType.TAG_ASSIGNMENT)).isEqualTo(186_479);
        assertThat(report.totalRejected()).isZero();
        assertThat(users).hasSize(1_892);

        // the five assignments dated 1956, 1957 and 1979 keep their tag but lose the date
        assertThat(report.warnings()).extracting(i -> i.line()).containsExactly(4146L, 13131L, 137313L, 137316L, 170913L);
        // top tags by assignment count, as `awk` over user_taggedartists.dat gives them for artist 707
        assertThat(metallica).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Metallica");
            assertThat(a.tags()).containsExactly("metal", "thrash metal", "heavy metal", "hard rock", "rock", "80s",
                    "90s", "metallica", "classic rock", "american");
        });
        // the readme's example line "2 51 13883"
        assertThat(user2artist51).containsExactly(
                new PlayCount("lastfm:user:2", ItemKind.ARTIST, "lastfm:artist:51", 13883, "hetrec2011"));
        assertThat(latin1Tags[0]).as("tags.dat is decoded as Latin-1").isPositive();

        long total = sizes(dir) + size(dir.resolve("user_taggedartists.dat"));
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(total, total);
        for (int i = 1; i < progress.size(); i++) assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
    }

    private static long sizes(Path dir) {
        return Stream.of("artists.dat", "tags.dat", "user_artists.dat", "user_friends.dat", "user_taggedartists.dat")
                .mapToLong(f -> size(dir.resolve(f))).sum();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

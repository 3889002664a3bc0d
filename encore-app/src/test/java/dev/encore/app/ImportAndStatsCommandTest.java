package dev.encore.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `encore import hetrec` on the bundled real data, checked through `encore stats`, twice (idempotence). */
class ImportAndStatsCommandTest {
    static final Path HETREC = Path.of("..", "data", "demo", "hetrec2011-lastfm-2k");

    @TempDir
    Path data;

    @Test
    void importsEveryHetrecRecordOnceAndASecondImportAddsNothing() {
        assertThat(HETREC.resolve("user_artists.dat")).exists();
        CommandLineRun first = CommandLineRun.of("import", "hetrec", HETREC.toString(), "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("rejected: 0");

        String expected = String.join("\n",
                "users: 1892", "artists: 17632", "albums: 0", "tracks: 0", "shows: 0", "episodes: 0", "listens: 0",
                "feedback: 0", "follows: 25434", "play_counts: 92834", "tag_assignments: 186479", "playlists: 0",
                "first_listen: none", "last_listen: none", "");
        CommandLineRun stats = CommandLineRun.of("stats", "--data", data.toString());
        assertThat(stats.out()).isEqualTo(expected);

        CommandLineRun again = CommandLineRun.of("import", "hetrec", HETREC.toString(), "--data", data.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(CommandLineRun.of("stats", "--data", data.toString()).out()).isEqualTo(expected);
    }

    @Test
    void strictModeStopsAtTheFirstBadRecordNamingFileAndLineAndKeepsEarlierImports() throws Exception {
        Path good = data.resolveSibling(data.getFileName() + "-good.csv");
        Files.writeString(good, "user,item,timestamp\nu1,t1,2026-01-01T10:00:00Z\nu1,t2,2026-01-01T10:04:00Z\n");
        assertThat(CommandLineRun.of("import", "csv", good.toString(), "--data", data.toString()).exitCode()).isZero();

        Path bad = data.resolveSibling(data.getFileName() + "-bad.csv");
        Files.writeString(bad, "user,item,timestamp\nu2,t3,2026-01-02T10:00:00Z\nu2,t4,not-a-time\n");
        CommandLineRun strict = CommandLineRun.of("import", "csv", bad.toString(), "--data", data.toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains(bad.getFileName() + ":3:").contains("timestamp");
        // The two earlier listens and the good row before the bad one are committed; nothing after it.
        assertThat(CommandLineRun.of("stats", "--data", data.toString()).out()).contains("listens: 3");
    }

    @Test
    void anUnknownFormatIsAClearErrorThatListsTheKnownOnes() {
        CommandLineRun r = CommandLineRun.of("import", "itunes", "x.xml", "--data", data.resolve("fresh").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown import format 'itunes'").contains("hetrec").contains("spotify-history");
        assertThat(data.resolve("fresh")).doesNotExist();
    }

    @Test
    void statsOnAMissingDirectorySaysHowToCreateOne() {
        CommandLineRun r = CommandLineRun.of("stats", "--data", data.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no data directory").contains("encore demo");
        assertThat(Files.exists(data.resolve("nope"))).isFalse();
    }
}

package dev.encore.app.cli;

import dev.encore.app.CommandLineRun;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code encore prompt} on a small stored catalog: interpreted constraints, a numbered playlist, follow-ups, errors. */
class PromptCommandTest {
    @TempDir Path data;

    private void catalog() {
        try (EncoreStore store = EncoreStore.open(data)) {
            store.write(sink -> {
                String[][] artists = {{"a1", "The Jazz Cats", "jazz"}, {"a2", "Rock Unit", "rock"}, {"a3", "Night Owls", "jazz"}};
                for (String[] a : artists) {
                    sink.artist(new Artist(a[0], a[1], List.of(a[2]), null, "test"));
                    for (int k = 0; k < 10; k++)
                        sink.track(new Track(a[0] + "-" + k, a[1] + " tune " + k, List.of(a[0]), null, 200_000, LocalDate.of(1985 + k, 1, 1),
                                k == 0, null, List.of(a[2]), new AudioFeatures(100 + k * 5, 0.2 + k * 0.07, 0.5, 0.5, 0.5, 0.1, -8), "test"));
                }
            });
        }
    }

    @Test
    void printsTheInterpretationAndANumberedPlaylist() {
        catalog();
        CommandLineRun r = CommandLineRun.of("prompt", "--data", data.toString(), "--no-embeddings", "--then", "no more Night Owls",
                "jazz from the 80s like The Jazz Cats, nothing explicit, 20 minutes");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] turns = r.out().split("\n\n");
        assertThat(turns).hasSize(2);
        assertThat(turns[0]).contains("interpreted: tag: jazz · artist: The Jazz Cats · years: 1980s · length: 20 min · no explicit")
                .contains("interpretation: lexical");
        List<String> rows = turns[0].lines().filter(l -> l.matches("\\s*\\d+\\. .*")).toList();
        assertThat(rows).hasSize(6).allSatisfy(l -> assertThat(l).containsAnyOf("The Jazz Cats", "Night Owls").contains("tagged jazz")
                .containsPattern("\\(198\\d, 3:20\\)"));
        assertThat(rows.get(0)).startsWith(" 1. ");
        assertThat(turns[0]).doesNotContain("tune 0 ");   // track 0 of each artist is explicit
        List<String> second = turns[1].lines().filter(l -> l.matches("\\s*\\d+\\. .*")).toList();
        assertThat(second).isNotEmpty().noneMatch(l -> l.contains("Night Owls"));
        assertThat(turns[1]).contains("prompt: no more Night Owls").contains("no Night Owls");
    }

    @Test
    void badPromptsAndMissingDataSayWhatToFix() {
        catalog();
        CommandLineRun bad = CommandLineRun.of("prompt", "--data", data.toString(), "--no-embeddings", "artist:(Nobody)");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("at position 0: no artist named 'Nobody'");
        CommandLineRun none = CommandLineRun.of("prompt", "--data", data.resolve("missing").toString(), "jazz");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no data directory");
    }
}

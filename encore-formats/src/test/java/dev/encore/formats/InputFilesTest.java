package dev.encore.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFilesTest {
    @Test
    void directoriesAreSearchedRecursivelyInNaturalOrderAndFilesKeptAsGiven(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("listens/2024"));
        for (String n : List.of("10.jsonl", "2.jsonl", "1.jsonl", "notes.txt")) Files.writeString(dir.resolve(n), "");
        Path other = Files.writeString(tmp.resolve("extra.data"), "");
        List<Path> files = InputFiles.expand(List.of(tmp, other, dir.resolve("2.jsonl")),
                p -> p.toString().endsWith(".jsonl"), "*.jsonl files");
        assertThat(files).containsExactly(dir.resolve("1.jsonl"), dir.resolve("2.jsonl"), dir.resolve("10.jsonl"), other);
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> names = new java.util.ArrayList<>(List.of("mpd.slice.1000-1999.json", "mpd.slice.0-999.json",
                "mpd.slice.10000-10999.json", "a02", "a1", "a2", "b"));
        names.sort(InputFiles::natural);
        assertThat(names).containsExactly("a1", "a02", "a2", "b", "mpd.slice.0-999.json", "mpd.slice.1000-1999.json",
                "mpd.slice.10000-10999.json");
    }

    @Test
    void missingPathsAndEmptyDirectoriesAreErrors(@TempDir Path tmp) {
        assertThatThrownBy(() -> InputFiles.expand(List.of(tmp.resolve("gone")), p -> true, "files"))
                .isInstanceOf(ImportException.class).hasMessage(tmp.resolve("gone") + ": no such file or directory");
        assertThatThrownBy(() -> InputFiles.expand(List.of(tmp), p -> true, "*.csv files"))
                .hasMessage(tmp + ": no *.csv files found in this directory");
        assertThatThrownBy(() -> InputFiles.expand(List.of(), p -> true, "files"))
                .hasMessage("no input given; pass at least one file or directory");
    }
}

package dev.encore.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRunTest {
    @Test
    void rejectsAreAllCountedButOnlyMaxExamplesKept() {
        ImportRun run = new ImportRun("test", new RecordingSink(), ImportOptions.defaults().withMaxExamples(3));
        for (int i = 1; i <= 25; i++) run.reject(RecordType.LISTEN, "f.csv", i, "bad " + i);
        run.warn(RecordType.LISTEN, "f.csv", 30, "odd");
        run.ignore("incognito play");
        run.ignore("incognito play");
        ImportReport r = run.finish();
        assertThat(r.rejected(RecordType.LISTEN)).isEqualTo(25);
        assertThat(r.rejects()).extracting(Object::toString).containsExactly("f.csv:1: bad 1", "f.csv:2: bad 2", "f.csv:3: bad 3");
        assertThat(r.summary()).isEqualTo("""
                test: 0 files
                accepted: 0
                rejected: 25 listens
                warnings: 1
                ignored: incognito play (2)
                first 3 of 25 rejects:
                  f.csv:1: bad 1
                  f.csv:2: bad 2
                  f.csv:3: bad 3
                first 1 of 1 warnings:
                  f.csv:30: odd
                """);
    }

    @Test
    void strictRejectThrowsFileLineReason() {
        ImportRun run = new ImportRun("test", new RecordingSink(), ImportOptions.defaults().withStrict(true));
        assertThatThrownBy(() -> run.reject(RecordType.LISTEN, "f.csv", 7, "empty item"))
                .isInstanceOf(ImportException.class).hasMessage("f.csv:7: empty item");
    }

    @Test
    void progressGrowsInStepsAndEndsAtTheTotal(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("plays.csv");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("user,item,weight\n");
            for (int i = 0; i < 120_000; i++) w.write("user" + (i % 100) + ",track" + i + "," + (i % 7) + "\n");
        }
        List<long[]> calls = new ArrayList<>();
        RecordingSink sink = new RecordingSink();
        ImportReport report = Importers.byName("csv").importPaths(List.of(big), sink,
                ImportOptions.defaults().withProgress((read, total) -> calls.add(new long[]{read, total})));
        long size = Files.size(big);
        assertThat(size).isGreaterThan(2L << 20);
        assertThat(report.accepted(RecordType.PLAY_COUNT)).isEqualTo(120_000);
        assertThat(calls.size()).as("about one call per MiB").isBetween(2, 10);
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i)[1]).isEqualTo(size);
            if (i > 0) assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
        }
        assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(size);
    }

    @Test
    void reportsAcceptedPerTypeFromWhatReachedTheSink() {
        RecordingSink sink = new RecordingSink();
        ImportReport r = Importers.byName("csv").importPaths(List.of(Fixtures.path("csv/weights.csv")), sink, ImportOptions.defaults());
        assertThat(r.acceptedByType()).containsOnly(java.util.Map.entry(RecordType.USER, 1L), java.util.Map.entry(RecordType.PLAY_COUNT, 1L));
        assertThat(r.totalAccepted()).isEqualTo(sink.records.size());
    }
}

package dev.encore.app.demo;

import dev.encore.app.ProgressBar;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.hetrec.HetrecImporter;
import dev.encore.store.EncoreStore;
import dev.encore.store.StoreSink;
import dev.encore.synth.DemoCompletion;
import dev.encore.synth.DemoSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a data directory from the bundled demo data: imports the real HetRec files, then completes them with
 * generated tracks, albums, podcasts and timestamped listens consistent with the real play counts.
 */
public final class DemoPreparation {
    public static final long SEED = 2011;

    private DemoPreparation() {}

    /** True when the store already holds the completed demo data (so a second {@code demo} run starts at once). */
    public static boolean prepared(EncoreStore store) {
        var s = store.stats();
        return s.tracks() > 0 && s.listens() > 0;
    }

    public static void prepare(EncoreStore store, PrintStream log) throws IOException {
        Path source = DemoData.extract(store.dataDir().resolve("demo-source"));
        Collector real = new Collector();
        ImportReport report;
        try (ProgressBar bar = new ProgressBar("hetrec", 1000); StoreSink sink = store.sink()) {
            report = new HetrecImporter().importPaths(List.of(source), new dev.encore.app.demo.TeeSink(sink, real),
                    ImportOptions.defaults().withProgress(bar::setFraction));
        }
        log.print(report.summary());
        DemoSummary generated;
        try (StoreSink sink = store.sink()) {
            generated = DemoCompletion.complete(real.artists, real.counts, real.friends, SEED, LocalDate.now(ZoneOffset.UTC), sink);
        }
        store.settle();
        log.println("generated: " + generated);
    }

    /** Keeps what the completion step needs from the real data. */
    private static final class Collector implements RecordSink {
        final List<Artist> artists = new ArrayList<>();
        final List<PlayCount> counts = new ArrayList<>();
        final List<Follow> friends = new ArrayList<>();

        @Override public void artist(Artist a) { artists.add(a); }
        @Override public void playCount(PlayCount c) { if (c.itemKind() == ItemKind.ARTIST) counts.add(c); }
        @Override public void follow(Follow f) { if (f.targetKind() == ItemKind.USER) friends.add(f); }
    }
}

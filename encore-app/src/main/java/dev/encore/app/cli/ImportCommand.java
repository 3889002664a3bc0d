package dev.encore.app.cli;

import dev.encore.app.ProgressBar;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.Importer;
import dev.encore.formats.Importers;
import dev.encore.store.EncoreStore;
import dev.encore.store.StoreSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import listening data into the store. Idempotent: importing the same files twice adds nothing.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "hetrec, listenbrainz, spotify-history, mpd, csv, encore, rss or opml")
    String format;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "files or directories to read (rss and opml also take http(s) URLs)")
    List<Path> paths;
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--strict", description = "stop at the first bad record instead of reporting it and going on")
    boolean strict;
    @Option(names = "--user", description = "user id for listens whose input names no user (ListenBrainz, Spotify history)")
    String user;

    @Override
    public Integer call() throws Exception {
        Importer importer = Importers.byName(format); // an unknown format fails before the data directory is touched
        try (EncoreStore store = EncoreStore.open(data)) {
            ImportReport report;
            try (ProgressBar bar = new ProgressBar(format, 1000); StoreSink sink = store.sink()) {
                ImportOptions opts = ImportOptions.defaults().withStrict(strict).withUser(user).withProgress(bar::setFraction);
                report = importer.importPaths(paths, sink, opts);
            }
            System.out.print(report.summary());
            store.settle();
        }
        return 0;
    }
}

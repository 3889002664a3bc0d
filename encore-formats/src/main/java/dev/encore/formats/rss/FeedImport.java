package dev.encore.formats.rss;

import dev.encore.formats.ImportException;
import dev.encore.formats.ImportRun;
import dev.encore.formats.RecordType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Imports one feed from a file or URL into a run. Whatever goes wrong with this feed (missing file, dead host,
 * HTTP error, broken XML) is a rejected show naming the file or URL, so the other feeds of the run still import;
 * only {@code --strict} turns it into a stop. The sink is flushed after every feed.
 */
public final class FeedImport {
    private FeedImport() {}

    public static void importFeed(ImportRun run, FeedSource src) {
        run.count("feeds", 1);
        try {
            if (!src.remote() && !Files.isRegularFile(src.file())) {
                run.reject(RecordType.SHOW, src.label(), 0, "no such file; give a feed file, a directory of *.xml/*.rss files or an http(s) URL");
                return;
            }
            try (InputStream in = src.remote() ? src.open() : run.open(src.file())) {
                RssFeedReader.read(run, src.label(), in);
            } catch (IOException | UncheckedIOException e) {
                run.reject(RecordType.SHOW, src.label(), 0, (src.remote() ? "cannot fetch: " : "cannot read: ") + describe(e));
            }
        } catch (ImportException e) {
            throw e.report() != null ? e : e.withReport(run.report());
        } finally {
            run.endFile();
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

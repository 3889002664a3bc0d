package dev.encore.formats.rss;

import dev.encore.core.domain.RecordSink;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.Importer;
import dev.encore.formats.ImportRun;
import dev.encore.formats.InputFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Podcast RSS 2.0 feeds (iTunes and Podcasting 2.0 tags) from files, directories of {@code *.xml}/{@code *.rss}
 * files, or http(s) URLs, into shows and episodes. Re-importing a feed updates the same ids (idempotent).
 */
public final class RssImporter implements Importer {
    @Override
    public String format() {
        return "rss";
    }

    @Override
    public String description() {
        return "podcast RSS feeds (files, directories or http(s) URLs): shows and episodes";
    }

    @Override
    public ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts) {
        if (paths == null || paths.isEmpty()) {
            throw new ImportException(null, 0, "no input given; pass at least one feed file, directory or URL");
        }
        ImportRun run = new ImportRun(format(), sink, opts);
        for (Path p : paths) {
            FeedSource src = FeedSource.parse(p.toString());
            if (!src.remote() && Files.isDirectory(src.file())) {
                List<Path> files = InputFiles.expand(List.of(src.file()), RssImporter::isFeedFile, "*.xml or *.rss feed files");
                for (Path f : files) FeedImport.importFeed(run, FeedSource.ofFile(f));
            } else {
                FeedImport.importFeed(run, src);
            }
        }
        return run.finish();
    }

    static boolean isFeedFile(Path f) {
        String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rss");
    }
}

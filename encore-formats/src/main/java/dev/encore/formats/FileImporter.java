package dev.encore.formats;

import dev.encore.core.domain.RecordSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Base for formats read file by file: expands the paths, reads each file through a per-run {@link Session},
 * flushes the sink after every file (also when a file fails part-way, so accepted records are never lost) and
 * attaches the report so far to any {@link ImportException}.
 */
public abstract class FileImporter implements Importer {
    /** Per-run state (dedup caches, the user id); reads one file at a time. */
    protected interface Session {
        void read(Path file) throws IOException;
    }

    /** Whether a file found in a directory belongs to this format. */
    protected abstract boolean wants(Path file);

    /** What {@link #wants} accepts, for the error when a directory has none, e.g. "*.csv files". */
    protected abstract String wantedFiles();

    protected abstract Session start(ImportRun run);

    @Override
    public ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts) {
        List<Path> files = InputFiles.expand(paths, this::wants, wantedFiles());
        ImportRun run = new ImportRun(format(), sink, opts);
        for (Path f : files) run.expectBytes(size(f));
        Session session = start(run);
        for (Path f : files) {
            try {
                session.read(f);
            } catch (IOException | UncheckedIOException e) {
                run.endFile();
                throw run.fail(f.toString(), 0, "cannot read file: " + e.getMessage());
            } catch (ImportException e) {
                run.endFile();
                throw e.report() != null ? e : e.withReport(run.report());
            } catch (RuntimeException | Error e) {
                run.endFile();
                throw e;
            }
            run.endFile();
        }
        return run.finish();
    }

    /** Lower-case file name, for {@link #wants} checks. */
    protected static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new ImportException(f.toString(), 0, "cannot read file size: " + e.getMessage(), e);
        }
    }
}

package dev.encore.formats;

import dev.encore.core.domain.RecordSink;
import dev.encore.formats.encore.EncoreFormatException;
import dev.encore.formats.encore.EncoreFormatReader;
import dev.encore.formats.encore.RejectedLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Adapts {@link EncoreFormatReader} (Encore's own dataset directory, what {@code encore generate} writes) to the
 * {@link Importer} contract so {@code encore import encore DIR} reports like every other format. Its rejects
 * are re-reported here with the directory's path; strict mode stops at the first one.
 */
final class EncoreDatasetImporter implements Importer {
    @Override
    public String format() {
        return "encore";
    }

    @Override
    public String description() {
        return "Encore's own dataset directory (artists.jsonl, tracks.jsonl, listens.csv, ...)";
    }

    @Override
    public ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts) {
        if (paths == null || paths.isEmpty()) {
            throw new ImportException(null, 0, "no input given; pass the dataset directory");
        }
        ImportRun run = new ImportRun(format(), sink, opts);
        for (Path dir : paths) {
            if (!Files.isDirectory(dir)) {
                throw run.fail(dir.toString(), 0, "not a directory; pass the folder holding tracks.jsonl, listens.csv, ...");
            }
            try {
                EncoreFormatReader.read(dir, run.sink(), r -> reject(run, dir, r), false);
            } catch (EncoreFormatException e) {
                throw run.fail(dir.toString(), 0, e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                throw run.fail(dir.toString(), 0, "cannot read: " + e.getMessage());
            } catch (ImportException e) {
                throw e.report() != null ? e : e.withReport(run.report());
            } finally {
                run.endFile();
            }
        }
        return run.finish();
    }

    private static void reject(ImportRun run, Path dir, RejectedLine r) {
        run.reject(typeOf(r.file()), dir.resolve(r.file()).toString(), r.line(), r.reason());
    }

    /** The record type a file of the format holds, from its name (listens.csv → LISTEN). */
    static RecordType typeOf(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.(csv|jsonl)$", "");
        return switch (base) {
            case "artists" -> RecordType.ARTIST;
            case "albums" -> RecordType.ALBUM;
            case "tracks" -> RecordType.TRACK;
            case "shows" -> RecordType.SHOW;
            case "episodes" -> RecordType.EPISODE;
            case "users" -> RecordType.USER;
            case "playlists" -> RecordType.PLAYLIST;
            case "follows" -> RecordType.FOLLOW;
            case "tag_assignments" -> RecordType.TAG_ASSIGNMENT;
            case "play_counts" -> RecordType.PLAY_COUNT;
            case "feedback" -> RecordType.FEEDBACK;
            default -> RecordType.LISTEN;
        };
    }
}

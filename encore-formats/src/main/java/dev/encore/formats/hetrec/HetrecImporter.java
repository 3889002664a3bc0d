package dev.encore.formats.hetrec;

import dev.encore.core.domain.RecordSink;
import dev.encore.formats.ImportException;
import dev.encore.formats.ImportOptions;
import dev.encore.formats.ImportReport;
import dev.encore.formats.ImportRun;
import dev.encore.formats.Importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HetRec 2011 Last.fm 2K: give the data set's directory (or some of its {@code .dat} files). Reads tags.dat,
 * counts tag uses per artist (a pre-pass over user_taggedartists.dat), then emits artists with their top tags,
 * play counts, follows and tag assignments, and a {@code User} the first time each user id appears.
 * Ids: {@code lastfm:user:<id>}, {@code lastfm:artist:<id>}; source {@code hetrec2011}.
 */
public final class HetrecImporter implements Importer {
    /** The data set's files, in reading order. */
    enum DatName {
        TAGS("tags.dat"), ARTISTS("artists.dat"), USER_ARTISTS("user_artists.dat"),
        USER_FRIENDS("user_friends.dat"), USER_TAGGED_ARTISTS("user_taggedartists.dat");

        final String fileName;

        DatName(String fileName) {
            this.fileName = fileName;
        }

        static DatName of(Path p) {
            String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            for (DatName d : values()) if (d.fileName.equals(n)) return d;
            return null;
        }
    }

    @Override
    public String format() {
        return "hetrec";
    }

    @Override
    public String description() {
        return "HetRec 2011 Last.fm 2K directory (artists, tags, user_artists, user_friends, user_taggedartists .dat)";
    }

    @Override
    public ImportReport importPaths(List<Path> paths, RecordSink sink, ImportOptions opts) {
        Map<DatName, Path> files = locate(paths);
        ImportRun run = new ImportRun(format(), sink, opts);
        boolean prePass = files.containsKey(DatName.ARTISTS) && files.containsKey(DatName.USER_TAGGED_ARTISTS);
        for (Map.Entry<DatName, Path> e : files.entrySet()) {
            run.expectBytes(size(e.getValue()) * (prePass && e.getKey() == DatName.USER_TAGGED_ARTISTS ? 2 : 1));
        }
        HetrecRecords records = new HetrecRecords(run);
        Path current = null;
        try {
            for (DatName d : DatName.values()) {
                current = files.get(d);
                if (current == null) continue;
                switch (d) {
                    case TAGS -> records.tags(current);
                    case ARTISTS -> {
                        if (prePass) records.countTagUses(files.get(DatName.USER_TAGGED_ARTISTS));
                        records.artists(current);
                    }
                    case USER_ARTISTS -> records.userArtists(current);
                    case USER_FRIENDS -> records.userFriends(current);
                    case USER_TAGGED_ARTISTS -> records.userTaggedArtists(current);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            run.endFile();
            throw run.fail(String.valueOf(current), 0, "cannot read file: " + e.getMessage());
        } catch (ImportException e) {
            run.endFile();
            throw e.report() != null ? e : e.withReport(run.report());
        }
        return run.finish();
    }

    /** Finds the data set's files in the given directories and files; unknown files are an error, not skipped. */
    static Map<DatName, Path> locate(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new ImportException(null, 0, "no input given; pass the hetrec2011-lastfm-2k directory");
        }
        Map<DatName, Path> found = new EnumMap<>(DatName.class);
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                boolean any = false;
                for (DatName d : DatName.values()) {
                    Path f = p.resolve(d.fileName);
                    if (Files.isRegularFile(f)) {
                        found.put(d, f);
                        any = true;
                    }
                }
                if (!any) throw new ImportException(p.toString(), 0, "no HetRec Last.fm files found in this directory; "
                        + "expected artists.dat, tags.dat, user_artists.dat, user_friends.dat or user_taggedartists.dat");
            } else if (Files.isRegularFile(p)) {
                DatName d = DatName.of(p);
                if (d == null) throw new ImportException(p.toString(), 0, "not a HetRec Last.fm file; expected "
                        + "artists.dat, tags.dat, user_artists.dat, user_friends.dat or user_taggedartists.dat");
                found.put(d, p);
            } else {
                throw new ImportException(p.toString(), 0, "no such file or directory");
            }
        }
        if (found.containsKey(DatName.USER_TAGGED_ARTISTS) && !found.containsKey(DatName.TAGS)) {
            throw new ImportException(found.get(DatName.USER_TAGGED_ARTISTS).toString(), 0,
                    "user_taggedartists.dat needs tags.dat for the tag texts; pass the whole directory");
        }
        return found;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new ImportException(f.toString(), 0, "cannot read file size: " + e.getMessage(), e);
        }
    }
}

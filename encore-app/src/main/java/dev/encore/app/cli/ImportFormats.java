package dev.encore.app.cli;

import dev.encore.formats.Importer;
import dev.encore.formats.csv.CsvImporter;
import dev.encore.formats.hetrec.HetrecImporter;
import dev.encore.formats.listenbrainz.ListenBrainzImporter;
import dev.encore.formats.mpd.MpdImporter;
import dev.encore.formats.spotify.SpotifyHistoryImporter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The importers {@code encore import FORMAT} knows, by name ("encore", the native format, is handled apart). */
final class ImportFormats {
    static final String NATIVE = "encore";
    private static final Map<String, Supplier<Importer>> BY_NAME = new TreeMap<>(Map.of(
            "hetrec", HetrecImporter::new,
            "listenbrainz", ListenBrainzImporter::new,
            "spotify-history", SpotifyHistoryImporter::new,
            "mpd", MpdImporter::new,
            "csv", CsvImporter::new));

    private ImportFormats() {}

    static List<String> names() {
        List<String> names = new java.util.ArrayList<>(BY_NAME.keySet());
        names.add(NATIVE);
        return names;
    }

    static Importer byName(String name) {
        Supplier<Importer> s = BY_NAME.get(name);
        if (s == null) throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names());
        return s.get();
    }
}

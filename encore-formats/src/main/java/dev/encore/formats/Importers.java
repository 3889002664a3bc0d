package dev.encore.formats;

import dev.encore.formats.csv.CsvImporter;
import dev.encore.formats.hetrec.HetrecImporter;
import dev.encore.formats.listenbrainz.ListenBrainzImporter;
import dev.encore.formats.mpd.MpdImporter;
import dev.encore.formats.opml.OpmlImporter;
import dev.encore.formats.rss.RssImporter;
import dev.encore.formats.spotify.SpotifyHistoryImporter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The importers by the name {@code encore import FORMAT} uses. */
public final class Importers {
    private static final Map<String, Supplier<Importer>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("hetrec", HetrecImporter::new);
        ALL.put("listenbrainz", ListenBrainzImporter::new);
        ALL.put("spotify-history", SpotifyHistoryImporter::new);
        ALL.put("mpd", MpdImporter::new);
        ALL.put("csv", CsvImporter::new);
        ALL.put("encore", EncoreDatasetImporter::new);
        ALL.put("rss", RssImporter::new);
        ALL.put("opml", OpmlImporter::new);
    }

    private Importers() {}

    /**
     * A new importer for {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Importer byName(String name) {
        Supplier<Importer> s = name == null ? null : ALL.get(name.trim().toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown import format '" + name + "'; expected one of " + String.join(", ", names()));
        }
        return s.get();
    }

    /** The format names, in the order help text lists them. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}

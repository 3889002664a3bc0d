package dev.encore.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.server.http.FieldError;

import java.util.List;

/**
 * Reads one catalog record of a kind from JSON into its domain record, or records why not. Field names are the
 * API's (camelCase, as {@link CatalogJson} writes them); unknown fields are errors, so typos do not pass silently.
 * Every record written through the API is marked with source {@code api}; a {@code source} field sent back from a
 * GET is accepted and ignored, so a fetched record can be edited and PUT back as it is.
 */
final class CatalogRecords {
    static final String SOURCE = "api";
    private static final List<String> ARTIST = List.of("id", "name", "tags", "country", "source");
    private static final List<String> ALBUM = List.of("id", "title", "artistIds", "releaseDate", "source");
    private static final List<String> TRACK = List.of("id", "title", "artistIds", "albumId", "durationMs", "releaseDate",
            "explicit", "isrc", "tags", "audio", "source");
    private static final List<String> AUDIO = List.of("tempo", "energy", "valence", "danceability", "acousticness",
            "instrumentalness", "loudness");
    private static final List<String> SHOW = List.of("id", "title", "publisher", "description", "tags", "source");
    private static final List<String> EPISODE = List.of("id", "showId", "title", "description", "durationMs", "releaseDate", "source");

    private CatalogRecords() {}

    /** The record, or null when {@code errors} got at least one entry for it ({@code index} null for a single record). */
    static Object read(CatalogKind kind, JsonNode node, Integer index, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(index, "", "each " + kind.item.wire() + " must be a JSON object"));
            return null;
        }
        RecordFields f = new RecordFields(node, index, errors);
        Object record = switch (kind) {
            case ARTISTS -> artist(f);
            case ALBUMS -> album(f);
            case TRACKS -> track(f);
            case SHOWS -> show(f);
            case EPISODES -> episode(f);
        };
        return f.ok() ? record : null;
    }

    private static Artist artist(RecordFields f) {
        f.rejectUnknown("an artist", ARTIST);
        String id = f.id("id"), name = f.requiredText("name"), country = f.text("country");
        List<String> tags = f.strings("tags");
        if (country != null && !country.matches("[A-Za-z]{2}")) f.error("country", "must be an ISO 3166 two-letter code, e.g. GB");
        return f.ok() ? new Artist(id, name, tags, country == null ? null : country.toUpperCase(java.util.Locale.ROOT), SOURCE) : null;
    }

    private static Album album(RecordFields f) {
        f.rejectUnknown("an album", ALBUM);
        String id = f.id("id"), title = f.requiredText("title");
        List<String> artists = f.strings("artistIds");
        var date = f.date("releaseDate");
        return f.ok() ? new Album(id, title, artists, date, SOURCE) : null;
    }

    private static Track track(RecordFields f) {
        f.rejectUnknown("a track", TRACK);
        String id = f.id("id"), title = f.requiredText("title"), album = f.text("albumId"), isrc = f.text("isrc");
        List<String> artists = f.strings("artistIds"), tags = f.strings("tags");
        int duration = f.durationMs("durationMs");
        var date = f.date("releaseDate");
        boolean explicit = f.bool("explicit");
        AudioFeatures audio = audio(f.object("audio"));
        return f.ok() ? new Track(id, title, artists, album, duration, date, explicit, isrc, tags, audio, SOURCE) : null;
    }

    /** Audio features come whole or not at all (the store keeps a track's features as one unit). */
    private static AudioFeatures audio(RecordFields a) {
        if (a == null) return null;
        a.rejectUnknown("audio features", AUDIO);
        Double tempo = a.number("tempo", 1, 399), loudness = a.number("loudness", -100, 10);
        Double[] unit = new Double[5];
        for (int i = 0; i < unit.length; i++) unit[i] = a.number(AUDIO.get(i + 1), 0, 1);
        for (int i = 0; i < AUDIO.size(); i++) {
            String name = AUDIO.get(i);
            Double v = i == 0 ? tempo : i == AUDIO.size() - 1 ? loudness : unit[i - 1];
            if (v == null && !a.has(name)) a.error(name, "is required when audio is given (send all seven features or none)");
        }
        return a.ok() ? new AudioFeatures(tempo, unit[0], unit[1], unit[2], unit[3], unit[4], loudness) : null;
    }

    private static Show show(RecordFields f) {
        f.rejectUnknown("a show", SHOW);
        String id = f.id("id"), title = f.requiredText("title"), publisher = f.text("publisher"), description = f.text("description");
        List<String> tags = f.strings("tags");
        return f.ok() ? new Show(id, title, publisher, description, tags, SOURCE) : null;
    }

    private static Episode episode(RecordFields f) {
        f.rejectUnknown("an episode", EPISODE);
        String id = f.id("id"), show = f.text("showId"), title = f.requiredText("title"), description = f.text("description");
        int duration = f.durationMs("durationMs");
        var date = f.date("releaseDate");
        return f.ok() ? new Episode(id, show, title, description, duration, date, SOURCE) : null;
    }
}

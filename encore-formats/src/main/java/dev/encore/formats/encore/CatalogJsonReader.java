package dev.encore.formats.encore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Album;
import dev.encore.core.domain.Artist;
import dev.encore.core.domain.AudioFeatures;
import dev.encore.core.domain.Episode;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.PlaylistKind;
import dev.encore.core.domain.Show;
import dev.encore.core.domain.Track;
import dev.encore.core.domain.User;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the JSON lines written by {@link CatalogJsonWriter}. Unknown fields are ignored (newer writers may add
 * some); a missing optional field reads as null / empty list. Every problem is an IllegalArgumentException whose
 * message names the field and the expected form, for the reader to report with file and line.
 */
final class CatalogJsonReader {
    private final ObjectMapper mapper = new ObjectMapper();

    JsonNode object(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("expected one JSON object per line");
        return node;
    }

    Artist artist(JsonNode n) {
        return new Artist(text(n, "id", true), text(n, "name", true), strings(n, "tags"), text(n, "country", false), text(n, "source", false));
    }

    Album album(JsonNode n) {
        return new Album(text(n, "id", true), text(n, "title", true), strings(n, "artist_ids"), date(n, "release_date"), text(n, "source", false));
    }

    Track track(JsonNode n) {
        return new Track(text(n, "id", true), text(n, "title", true), strings(n, "artist_ids"), text(n, "album_id", false),
                integer(n, "duration_ms"), date(n, "release_date"), bool(n, "explicit"), text(n, "isrc", false),
                strings(n, "tags"), audio(n.get("audio")), text(n, "source", false));
    }

    Show show(JsonNode n) {
        return new Show(text(n, "id", true), text(n, "title", true), text(n, "publisher", false), text(n, "description", false),
                strings(n, "tags"), text(n, "source", false));
    }

    Episode episode(JsonNode n) {
        return new Episode(text(n, "id", true), text(n, "show_id", false), text(n, "title", true), text(n, "description", false),
                integer(n, "duration_ms"), date(n, "release_date"), text(n, "source", false));
    }

    User user(JsonNode n) {
        String created = text(n, "created", false);
        Instant at = created == null ? null : Timestamps.parse(created);
        return new User(text(n, "id", true), text(n, "country", false), at, text(n, "time_zone", false), text(n, "source", false));
    }

    Playlist playlist(JsonNode n) {
        String kind = text(n, "kind", true);
        PlaylistKind pk;
        try {
            pk = PlaylistKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field kind is '" + kind + "'; expected user, editorial or generated");
        }
        List<PlaylistItem> items = new ArrayList<>();
        JsonNode arr = n.get("items");
        if (arr != null && !arr.isNull()) {
            if (!arr.isArray()) throw new IllegalArgumentException("field items must be an array of objects");
            for (JsonNode item : arr) {
                items.add(new PlaylistItem(ItemKind.fromWire(text(item, "item_kind", true)), text(item, "item", true),
                        text(item, "reason", false)));
            }
        }
        return new Playlist(text(n, "id", true), text(n, "owner_id", false), text(n, "title", true), text(n, "description", false),
                pk, text(n, "period", false), items, text(n, "source", false));
    }

    private static AudioFeatures audio(JsonNode a) {
        if (a == null || a.isNull()) return null;
        if (!a.isObject()) throw new IllegalArgumentException("field audio must be an object or absent");
        return new AudioFeatures(number(a, "tempo"), number(a, "energy"), number(a, "valence"), number(a, "danceability"),
                number(a, "acousticness"), number(a, "instrumentalness"), number(a, "loudness"));
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new IllegalArgumentException("field " + field + " is missing");
            return null;
        }
        if (!v.isTextual()) throw new IllegalArgumentException("field " + field + " must be a string, got " + v.getNodeType());
        return v.textValue();
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException("field " + field + " must be an array of strings");
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isTextual()) throw new IllegalArgumentException("field " + field + " must hold only strings, found " + e.getNodeType());
            out.add(e.textValue());
        }
        return out;
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return 0;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field " + field + " must be a whole number, got " + v);
        }
        return v.intValue();
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("field audio." + field + " must be a number");
        return v.doubleValue();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new IllegalArgumentException("field " + field + " must be true or false, got " + v);
        return v.booleanValue();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field, false);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + field + " is '" + s + "'; expected YYYY-MM-DD");
        }
    }
}
